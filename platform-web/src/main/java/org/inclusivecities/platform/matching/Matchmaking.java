package org.inclusivecities.platform.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.inclusivecities.platform.plan.Sector;
import org.inclusivecities.platform.practice.PracticeSearch;
import org.inclusivecities.platform.practice.PublishedPractice;
import org.inclusivecities.platform.practice.SearchResults;

import org.springframework.stereotype.Service;

/**
 * The matchcentrum's recommendations, every one with its reasons ({@link MatchReason}, message keys with arguments).
 * <p>
 * <b>Cities to learn from.</b> A city's gaps are the sectors of its published baseline ("startfoto") whose gaps column
 * is filled in. Another listed city scores, per gap of the learner (once per gap, the first that applies):
 * <table>
 * <caption>Weights</caption>
 * <tr><th>what</th><th>points</th><th>reason</th></tr>
 * <tr><td>a published practice of the other city names the gap's sector</td><td>30</td>
 * <td>{@code matching.reason.practice}: covers your gap 'sector' with the practice 'title'</td></tr>
 * <tr><td>else a public activity of its published plan works in that sector (recovery walk, games and bike ride:
 * culture; recovery café: welfare; mutual aid: health; educational campaign: education; employer programme:
 * employment; anti-discrimination policy: justice)</td><td>12</td><td>{@code matching.reason.activity}</td></tr>
 * <tr><td>else its published baseline says what already exists in that sector</td><td>1</td>
 * <td>{@code matching.reason.existing}</td></tr>
 * <tr><td>it monitors public indicators (once, only when it covers a gap; not in the reverse list)</td><td>1</td>
 * <td>{@code matching.reason.indicators}</td></tr>
 * <tr><td colspan="3">then similarity, added to the score and used first to break ties:</td></tr>
 * <tr><td>same country</td><td>3</td><td>{@code matching.reason.country}</td></tr>
 * <tr><td>same population band (the directory's bands)</td><td>2</td><td>{@code matching.reason.size}</td></tr>
 * <tr><td>a language in common</td><td>1</td><td>{@code matching.reason.language}</td></tr>
 * <tr><td>baseline sectors in common</td><td>2 × shared / all (Jaccard)</td><td>{@code matching.reason.sectors}</td></tr>
 * <tr><td>same stage of the plan (first version, revised up to three, revised more)</td><td>1</td>
 * <td>{@code matching.reason.stage}</td></tr>
 * </table>
 * A city covering none of the gaps is not recommended. The tiers are strict for one gap: a practice (30) outweighs an
 * activity with everything else (12 + 1 + 9), an activity outweighs what exists with everything else (1 + 1 + 9);
 * all similarity together is at most 9, so it orders cities that cover the same; ties then go by similarity, then
 * by name.
 * <b>Cities that could learn from you</b> is the same score with the roles swapped.
 * <p>
 * <b>For a practice:</b> similar practices come from the search engine ({@link PracticeSearch#similar}: Lucene's
 * MoreLikeThis or OpenSearch's more_like_this); cities with this gap are listed cities (not the practice's own, not
 * one that adopted it) with a gap in a sector the practice names, most gaps covered first, then by similarity to the
 * practice's city.
 * <p>
 * Only public views feed it ({@link MatchNetwork}): nothing unpublished, no hidden plan part, nothing about people in
 * recovery (stories are not read, only their indexed text for similar practices, which only holds those with consent
 * in force).
 */
@Service
public class Matchmaking {

	static final int LIMIT = 10;

	private final MatchNetwork network;

	private final PracticeSearch search;

	Matchmaking(MatchNetwork network, PracticeSearch search) {
		this.network = network;
		this.search = search;
	}

	/** Listed cities whose public work covers this city's published gaps, best first. */
	public List<CityMatch> toLearnFrom(String cityId) {
		return network.city(cityId).map(learner -> ranked(learner, true)).orElse(List.of());
	}

	/** Listed cities with published gaps this city's public work covers, best first. */
	public List<CityMatch> couldLearnFromYou(String cityId) {
		return network.city(cityId).map(teacher -> ranked(teacher, false)).orElse(List.of());
	}

	/** This city's published gaps (its baseline sectors with a gap). */
	public Set<Sector> gapsOf(String cityId) {
		return network.city(cityId).map(CityPicture::gaps).orElse(Set.of());
	}

	/** How {@code teacherId} could help {@code learnerId}, if it covers a gap, told to the learner. */
	public Optional<CityMatch> match(String learnerId, String teacherId) {
		return network.city(learnerId).flatMap(l -> network.city(teacherId).flatMap(t -> Scoring.match(l, t)));
	}

	/** How {@code teacherId} could help {@code learnerId}, if it covers a gap, told to the teacher ("your practice"). */
	public Optional<CityMatch> matchForTeacher(String learnerId, String teacherId) {
		return network.city(learnerId).flatMap(l -> network.city(teacherId).flatMap(t -> Scoring.match(l, t, false)));
	}

	/** The first published practice of {@code teacherId} that covers a gap of {@code learnerId}. */
	public Optional<String> coveringPractice(String learnerId, String teacherId) {
		Set<Sector> gaps = gapsOf(learnerId);
		return network.city(teacherId)
			.flatMap(t -> t.practices().stream().filter(p -> p.sectors().stream().anyMatch(gaps::contains)).findFirst())
			.map(CityPicture.PracticeRef::id);
	}

	public List<SearchResults.Hit> similarPractices(PublishedPractice practice) {
		return search.similar(practice, 5);
	}

	/** Listed cities with a published gap the practice's sectors cover that have not adopted it. */
	public List<CityMatch> citiesWithGap(PublishedPractice practice) {
		Set<String> adopters = practice.adopters().stream().map(PublishedPractice.Adopter::citySlug)
			.collect(Collectors.toSet());
		Optional<CityPicture> owner = network.city(practice.cityId());
		List<CityMatch> matches = new ArrayList<>();
		for (CityPicture city : network.cities()) {
			if (city.cityId().equals(practice.cityId()) || adopters.contains(city.slug())) {
				continue;
			}
			Set<Sector> gaps = Scoring.sectors(city.gaps());
			gaps.retainAll(practice.content().sectors());
			if (gaps.isEmpty()) {
				continue;
			}
			List<MatchReason> reasons = new ArrayList<>();
			gaps.forEach(g -> reasons.add(MatchReason.of("matching.reason.gap", Scoring.sector(g))));
			double similarity = owner.map(o -> Scoring.similarity(city, o, reasons)).orElse(0.0);
			matches.add(new CityMatch(city.cityId(), city.slug(), city.name(), city.country(),
					Scoring.PRACTICE * gaps.size() + similarity, similarity, reasons));
		}
		return matches.stream().sorted(Scoring.RANKING).limit(LIMIT).toList();
	}

	private List<CityMatch> ranked(CityPicture me, boolean learning) {
		return network.cities()
			.stream()
			.map(other -> learning ? Scoring.match(me, other) : Scoring.match(other, me, false))
			.flatMap(Optional::stream)
			.sorted(Scoring.RANKING)
			.limit(LIMIT)
			.toList();
	}

}
