package org.inclusivecities.platform.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.inclusivecities.platform.plan.ActivityType;
import org.inclusivecities.platform.plan.Sector;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The scoring of {@link Matchmaking}: how well a teaching city covers a learning city's baseline gaps, plus how
 * similar the two are. Pure functions of two {@link CityPicture}s, so rankings are tested on generated networks. The
 * weights are the table in {@link Matchmaking}.
 */
final class Scoring {

	static final double PRACTICE = 30;

	static final double ACTIVITY = 12;

	static final double EXISTING = 1;

	static final double INDICATORS = 1;

	static final double COUNTRY = 3;

	static final double SIZE = 2;

	static final double LANGUAGE = 1;

	static final double SECTORS = 2;

	static final double STAGE = 1;

	/** The sector a kind of public activity works in (OTHER: none). */
	static final Map<ActivityType, Sector> ACTIVITY_SECTOR = Map.of(ActivityType.RECOVERY_WALK, Sector.CULTURE,
			ActivityType.RECOVERY_GAMES, Sector.CULTURE, ActivityType.BIKE_RIDE, Sector.CULTURE,
			ActivityType.RECOVERY_CAFE, Sector.WELFARE, ActivityType.MUTUAL_AID, Sector.HEALTH,
			ActivityType.EDUCATIONAL_CAMPAIGN, Sector.EDUCATION, ActivityType.EMPLOYER_PROGRAMME, Sector.EMPLOYMENT,
			ActivityType.ANTI_DISCRIMINATION_POLICY, Sector.JUSTICE);

	static final Comparator<CityMatch> RANKING = Comparator.comparingDouble(CityMatch::score)
		.reversed()
		.thenComparing(Comparator.comparingDouble(CityMatch::similarity).reversed())
		.thenComparing(CityMatch::name);

	private Scoring() {
	}

	/** How {@code teacher} could help {@code learner}, told to the learner; empty when it covers none of its gaps. */
	static Optional<CityMatch> match(CityPicture learner, CityPicture teacher) {
		return match(learner, teacher, true);
	}

	/**
	 * How {@code teacher} could help {@code learner}; empty when it covers none of the learner's gaps. Told to the
	 * learner ({@code toLearner}: the match names the teacher, "covers your gap") or to the teacher (it names the
	 * learner, reasons end in {@code .yours}: "your practice covers its gap").
	 */
	static Optional<CityMatch> match(CityPicture learner, CityPicture teacher, boolean toLearner) {
		String suffix = toLearner ? "" : ".yours";
		if (learner.cityId().equals(teacher.cityId())) {
			return Optional.empty();
		}
		List<MatchReason> reasons = new ArrayList<>();
		double coverage = 0;
		for (Sector gap : sectors(learner.gaps())) {
			Object sector = sector(gap);
			Optional<CityPicture.PracticeRef> practice = teacher.practices()
				.stream()
				.filter(p -> p.sectors().contains(gap))
				.findFirst();
			Optional<CityPicture.ActivityRef> activity = teacher.activities()
				.stream()
				.filter(a -> ACTIVITY_SECTOR.get(a.type()) == gap)
				.findFirst();
			if (practice.isPresent()) {
				coverage += PRACTICE;
				reasons.add(MatchReason.of("matching.reason.practice" + suffix, sector, practice.get().title()));
			}
			else if (activity.isPresent()) {
				coverage += ACTIVITY;
				reasons.add(MatchReason.of("matching.reason.activity" + suffix, sector, activity.get().title()));
			}
			else if (teacher.existing().contains(gap)) {
				coverage += EXISTING;
				reasons.add(MatchReason.of("matching.reason.existing" + suffix, sector));
			}
		}
		if (coverage == 0) {
			return Optional.empty();
		}
		if (toLearner && teacher.indicators() > 0) {
			coverage += INDICATORS;
			reasons.add(MatchReason.of("matching.reason.indicators", teacher.indicators()));
		}
		double similarity = similarity(learner, teacher, reasons);
		CityPicture shown = toLearner ? teacher : learner;
		return Optional.of(new CityMatch(shown.cityId(), shown.slug(), shown.name(), shown.country(),
				coverage + similarity, similarity, reasons));
	}

	/** The similarity part of the score, adding its reasons. */
	static double similarity(CityPicture a, CityPicture b, List<MatchReason> reasons) {
		double similarity = 0;
		if (a.country() != null && a.country().equalsIgnoreCase(b.country())) {
			similarity += COUNTRY;
			reasons.add(MatchReason.of("matching.reason.country"));
		}
		if (a.band() != null && a.band() == b.band()) {
			similarity += SIZE;
			reasons.add(MatchReason.of("matching.reason.size"));
		}
		Optional<String> language = a.languages().stream().filter(b.languages()::contains).sorted().findFirst();
		if (language.isPresent()) {
			similarity += LANGUAGE;
			reasons.add(MatchReason.of("matching.reason.language",
					new DefaultMessageSourceResolvable(new String[] { "practice.language." + language.get() },
							language.get())));
		}
		Set<Sector> union = sectors(a.baselineSectors());
		union.addAll(b.baselineSectors());
		Set<Sector> shared = sectors(a.baselineSectors());
		shared.retainAll(b.baselineSectors());
		if (!shared.isEmpty()) {
			similarity += SECTORS * shared.size() / union.size();
			reasons.add(MatchReason.of("matching.reason.sectors", shared.size()));
		}
		if (a.planVersions() > 0 && stage(a) == stage(b)) {
			similarity += STAGE;
			reasons.add(MatchReason.of("matching.reason.stage"));
		}
		return similarity;
	}

	/** Stage of a plan: 0 none published, 1 a first version, 2 revised once or twice, 3 revised more often. */
	static int stage(CityPicture city) {
		return Math.min(city.planVersions() <= 1 ? city.planVersions() : city.planVersions() <= 3 ? 2 : 3, 3);
	}

	static Object sector(Sector sector) {
		return new DefaultMessageSourceResolvable(new String[] { "plan.sector." + sector.name() }, sector.name());
	}

	/** The sectors in their declared order (a modifiable copy). */
	static EnumSet<Sector> sectors(Set<Sector> sectors) {
		EnumSet<Sector> copy = EnumSet.noneOf(Sector.class);
		copy.addAll(sectors);
		return copy;
	}

}
