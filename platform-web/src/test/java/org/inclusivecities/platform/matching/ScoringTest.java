package org.inclusivecities.platform.matching;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.inclusivecities.platform.directory.PopulationBand;
import org.inclusivecities.platform.plan.ActivityType;
import org.inclusivecities.platform.plan.Sector;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rankings on generated networks where the right answer is known: a city with gap X sees the city whose published
 * practice covers X above every city that does not; among cities covering the same, similarity decides as documented
 * in {@link Matchmaking}; a city covering nothing is not recommended.
 */
class ScoringTest {

	private static final Sector[] SECTORS = Sector.values();

	private static final String[] COUNTRIES = { "BE", "NL", "IE", "GB" };

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 })
	void theCityWhosePracticeCoversTheGapRanksAboveEveryCityThatDoesNot(long seed) {
		Random random = new Random(seed);
		Sector gap = SECTORS[random.nextInt(SECTORS.length)];
		CityPicture learner = city("learner", COUNTRIES[random.nextInt(4)], EnumSet.of(gap), EnumSet.noneOf(Sector.class),
				List.of(), List.of(), random.nextInt(4), random);
		List<CityPicture> others = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			// every other city may be as similar as can be, and active in every other sector, but never covers the gap
			EnumSet<Sector> theirs = EnumSet.complementOf(EnumSet.of(gap));
			others.add(city("other" + i, learner.country(), EnumSet.of(gap), EnumSet.noneOf(Sector.class),
					List.of(practice("p" + i, theirs)), List.of(), random.nextInt(4), random));
		}
		CityPicture teacher = city("teacher", COUNTRIES[(List.of(COUNTRIES).indexOf(learner.country()) + 1) % 4],
				EnumSet.noneOf(Sector.class), EnumSet.noneOf(Sector.class), List.of(practice("covering", EnumSet.of(gap))),
				List.of(), 0, random);
		others.add(random.nextInt(others.size()), teacher);

		List<CityMatch> ranking = rank(learner, others);

		assertThat(ranking).isNotEmpty();
		assertThat(ranking.getFirst().cityId()).isEqualTo("teacher");
		assertThat(ranking.getFirst().reasons().getFirst().key()).isEqualTo("matching.reason.practice");
		assertThat(ranking.getFirst().reasons().getFirst().args()).last().isEqualTo("Practice covering");
		assertThat(ranking.stream().skip(1).map(CityMatch::cityId)).doesNotContain("teacher");
		// the others cover nothing of the learner's gap: not recommended at all
		assertThat(ranking).hasSize(1);
	}

	@Test
	void aPracticeOutranksAnActivityWhichOutranksWhatExistsWhateverTheSimilarity() {
		CityPicture learner = city("learner", "BE", EnumSet.of(Sector.WELFARE), EnumSet.noneOf(Sector.class), List.of(),
				List.of(), 1, new Random(1));
		CityPicture existing = new CityPicture("existing", "existing", "Existing", "BE", Set.of("nl"), learner.band(),
				Set.of(Sector.WELFARE), Set.of(Sector.WELFARE), List.of(), List.of(), 3, 1);
		CityPicture activity = new CityPicture("activity", "activity", "Activity", "IE", Set.of("ga"),
				PopulationBand.OVER_1M, Set.of(), Set.of(), List.of(),
				List.of(new CityPicture.ActivityRef("Café", ActivityType.RECOVERY_CAFE)), 0, 5);
		CityPicture practice = new CityPicture("practice", "practice", "Practice", "GB", Set.of("cy"),
				PopulationBand.OVER_1M, Set.of(), Set.of(), List.of(practice("café", EnumSet.of(Sector.WELFARE))),
				List.of(), 0, 5);

		assertThat(rank(learner, List.of(existing, activity, practice))).extracting(CityMatch::cityId)
			.containsExactly("practice", "activity", "existing");
		assertThat(Scoring.match(learner, activity).orElseThrow().reasons()).extracting(MatchReason::key)
			.containsExactly("matching.reason.activity");
	}

	@Test
	void similarityBreaksTiesAsDocumented() {
		EnumSet<Sector> gap = EnumSet.of(Sector.HOUSING);
		CityPicture learner = new CityPicture("learner", "learner", "Learner", "NL", Set.of("nl"),
				PopulationBand.FROM_50K_TO_250K, gap, Set.of(Sector.HEALTH), List.of(), List.of(), 0, 1);
		List<CityPicture.PracticeRef> covering = List.of(practice("housing", gap));
		// same country (3) beats same size (2) beats a shared language (1); with nothing in common, by name
		CityPicture country = new CityPicture("country", "country", "Zeta", "NL", Set.of("fr"), PopulationBand.OVER_1M,
				Set.of(), Set.of(), covering, List.of(), 0, 0);
		CityPicture size = new CityPicture("size", "size", "Epsilon", "BE", Set.of("fr"),
				PopulationBand.FROM_50K_TO_250K, Set.of(), Set.of(), covering, List.of(), 0, 0);
		CityPicture language = new CityPicture("language", "language", "Delta", "BE", Set.of("nl"),
				PopulationBand.OVER_1M, Set.of(), Set.of(), covering, List.of(), 0, 0);
		CityPicture nothingB = new CityPicture("b", "b", "Beta", "IE", Set.of("en"), PopulationBand.OVER_1M, Set.of(),
				Set.of(), covering, List.of(), 0, 0);
		CityPicture nothingA = new CityPicture("a", "a", "Alpha", "IE", Set.of("en"), PopulationBand.OVER_1M, Set.of(),
				Set.of(), covering, List.of(), 0, 0);

		List<CityMatch> ranking = rank(learner, List.of(nothingB, language, nothingA, size, country));

		assertThat(ranking).extracting(CityMatch::cityId).containsExactly("country", "size", "language", "a", "b");
		assertThat(ranking.get(0).hasReason("matching.reason.country")).isTrue();
		assertThat(ranking.get(1).hasReason("matching.reason.size")).isTrue();
		assertThat(ranking.get(2).hasReason("matching.reason.language")).isTrue();
		assertThat(ranking.get(0).score()).isEqualTo(Scoring.PRACTICE + Scoring.COUNTRY);
	}

	@Test
	void theReverseListNamesTheLearningCityWithReasonsAboutYourWork() {
		CityPicture me = new CityPicture("me", "me", "Me", "BE", Set.of("nl"), PopulationBand.OVER_1M, Set.of(),
				Set.of(), List.of(practice("jobs", EnumSet.of(Sector.EMPLOYMENT))), List.of(), 2, 1);
		CityPicture needsJobs = new CityPicture("needs", "needs", "Needs", "BE", Set.of("nl"), PopulationBand.OVER_1M,
				Set.of(Sector.EMPLOYMENT), Set.of(), List.of(), List.of(), 0, 1);
		CityMatch match = Scoring.match(needsJobs, me, false).orElseThrow();
		assertThat(match.cityId()).isEqualTo("needs");
		assertThat(match.reasons().getFirst().key()).isEqualTo("matching.reason.practice.yours");
		assertThat(Scoring.match(me, needsJobs)).isEmpty();
	}

	private static List<CityMatch> rank(CityPicture learner, List<CityPicture> others) {
		return others.stream()
			.map(o -> Scoring.match(learner, o))
			.flatMap(Optional::stream)
			.sorted(Scoring.RANKING)
			.toList();
	}

	private static CityPicture.PracticeRef practice(String name, Set<Sector> sectors) {
		return new CityPicture.PracticeRef("id-" + name, "Practice " + name, sectors);
	}

	private static CityPicture city(String id, String country, Set<Sector> gaps, Set<Sector> existing,
			List<CityPicture.PracticeRef> practices, List<CityPicture.ActivityRef> activities, int indicators,
			Random random) {
		return new CityPicture(id, id, id, country, Set.of(random.nextBoolean() ? "nl" : "en"),
				PopulationBand.values()[random.nextInt(PopulationBand.values().length)], gaps, existing, practices,
				activities, indicators, 1 + random.nextInt(4));
	}

}
