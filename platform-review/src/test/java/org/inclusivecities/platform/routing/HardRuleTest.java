package org.inclusivecities.platform.routing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.inclusivecities.platform.pool.Period;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each hard rule on its own: it refuses exactly what it is about and nothing else. */
class HardRuleTest {

	static final Period REVIEW = new Period(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 31));

	static RoutingRequest request(String city) {
		return new RoutingRequest("req-" + city, city, Set.of("en"), Set.of(), REVIEW, Set.of());
	}

	static Candidate reviewer(String id, String city) {
		return new Candidate(id, city, Set.of(city), Set.of("en"), Set.of(), 2, 0, List.of(), Set.of());
	}

	@Nested
	class NotOwnCityRule {

		HardRule rule = new NotOwnCity();

		@Test
		void refusesReviewersOfTheRequestingCityAndItsMembersNominatedElsewhere() {
			Candidate member = new Candidate("m", "b", Set.of("b", "a"), Set.of("en"), Set.of(), 2, 0, List.of(),
					Set.of());
			assertThat(rule.allows(request("a"), reviewer("r", "a"), RoutingContext.empty())).isFalse();
			assertThat(rule.allows(request("a"), member, RoutingContext.empty())).isFalse();
			assertThat(rule.allows(request("a"), reviewer("r", "b"), RoutingContext.empty())).isTrue();
		}

	}

	@Nested
	class NoCityTieRule {

		HardRule rule = new NoCityTie();

		@Test
		void refusesTiedCitiesWhicheverSideDeclared() {
			var context = new RoutingContext(Set.of(new CityPair("b", "a")), Set.of(), Set.of(), Map.of());
			assertThat(rule.allows(request("a"), reviewer("r", "b"), context)).isFalse();
			assertThat(rule.allows(request("b"), reviewer("r", "a"), context)).isFalse();
			assertThat(rule.allows(request("a"), reviewer("r", "c"), context)).isTrue();
		}

	}

	@Nested
	class NoDeclaredConflictRule {

		HardRule rule = new NoDeclaredConflict();

		@Test
		void refusesAReviewerWithAConflictWithTheRequester() {
			Candidate conflicted = new Candidate("r", "b", Set.of("b"), Set.of("en"), Set.of(), 2, 0, List.of(),
					Set.of("a"));
			assertThat(rule.allows(request("a"), conflicted, RoutingContext.empty())).isFalse();
			assertThat(rule.allows(request("c"), conflicted, RoutingContext.empty())).isTrue();
		}

	}

	@Nested
	class NoReciprocalReviewRule {

		HardRule rule = new NoReciprocalReview();

		@Test
		void refusesACityTheRequesterReviewsButNotTheOtherWayRound() {
			// a's reviewers review b (this or last cycle): b must not review a
			var context = new RoutingContext(Set.of(), Set.of(new CityPair("a", "b")), Set.of(), Map.of());
			assertThat(rule.allows(request("a"), reviewer("r", "b"), context)).isFalse();
			assertThat(rule.allows(request("b"), reviewer("r", "a"), context)).isTrue();
			assertThat(rule.allows(request("a"), reviewer("r", "c"), context)).isTrue();
		}

	}

	@Nested
	class WithinCapacityRule {

		HardRule rule = new WithinCapacity();

		@Test
		void refusesAReviewerAtTheirCap() {
			Candidate full = new Candidate("r", "b", Set.of("b"), Set.of("en"), Set.of(), 2, 2, List.of(), Set.of());
			Candidate spare = new Candidate("r", "b", Set.of("b"), Set.of("en"), Set.of(), 2, 1, List.of(), Set.of());
			assertThat(rule.allows(request("a"), full, RoutingContext.empty())).isFalse();
			assertThat(rule.allows(request("a"), spare, RoutingContext.empty())).isTrue();
		}

	}

	@Nested
	class AvailableForReviewRule {

		HardRule rule = new AvailableForReview();

		@Test
		void refusesAReviewerAwayOnAnyDayOfTheReview() {
			Candidate lastDay = away(new Period(LocalDate.of(2027, 3, 31), LocalDate.of(2027, 4, 10)));
			Candidate before = away(new Period(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 28)));
			assertThat(rule.allows(request("a"), lastDay, RoutingContext.empty())).isFalse();
			assertThat(rule.allows(request("a"), before, RoutingContext.empty())).isTrue();
		}

		private Candidate away(Period period) {
			return new Candidate("r", "b", Set.of("b"), Set.of("en"), Set.of(), 2, 0, List.of(period), Set.of());
		}

	}

	@Nested
	class NotExcludedRule {

		HardRule rule = new NotExcluded();

		@Test
		void refusesReviewersTheRequestExcludes() {
			RoutingRequest appealed = new RoutingRequest("r1", "a", Set.of("en"), Set.of(), REVIEW, Set.of("old"));
			assertThat(rule.allows(appealed, reviewer("old", "b"), RoutingContext.empty())).isFalse();
			assertThat(rule.allows(appealed, reviewer("new", "b"), RoutingContext.empty())).isTrue();
		}

	}

	@Nested
	class ReadsLanguageRule {

		HardRule rule = new ReadsLanguage();

		@Test
		void refusesAReviewerWhoReadsNoneOfTheLanguagesOnlyWhenTheCityAskedForIt() {
			RoutingRequest required = new RoutingRequest("r1", "a", Set.of("nl", "fr"), Set.of(), REVIEW, Set.of(), null,
					null, true);
			RoutingRequest free = new RoutingRequest("r2", "a", Set.of("nl", "fr"), Set.of(), REVIEW, Set.of());
			Candidate french = new Candidate("f", "b", Set.of("b"), Set.of("fr", "en"), Set.of(), 2, 0, List.of(),
					Set.of());
			assertThat(rule.allows(required, reviewer("english", "b"), RoutingContext.empty())).isFalse();
			assertThat(rule.allows(required, french, RoutingContext.empty())).isTrue();
			assertThat(rule.allows(free, reviewer("english", "b"), RoutingContext.empty())).isTrue();
		}

		@Test
		void flagsAPanelOnlyWhenNoReviewerReadsAnyOfTheLanguages() {
			assertThat(PanelLanguage.unread(List.of(Set.of("en"), Set.of("de")), Set.of("nl"))).isTrue();
			assertThat(PanelLanguage.unread(List.of(Set.of("en"), Set.of("nl", "de")), Set.of("nl"))).isFalse();
			assertThat(PanelLanguage.unread(List.of(Set.of("en")), Set.of())).isFalse();
			assertThat(PanelLanguage.unread(List.of(), Set.of("nl"))).isFalse();
		}

	}

}
