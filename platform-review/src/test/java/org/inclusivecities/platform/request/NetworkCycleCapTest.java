package org.inclusivecities.platform.request;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.inclusivecities.platform.request.RequestErrors.RuleBroken;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The cap on a city's seats per cycle is a rule of every taken-up live seat, judged at every transition: a
 * proposal does not count (re-routing replaces proposals freely), confirming one that takes a city over its cap
 * is refused with the rule, and requests of an earlier cycle do not count.
 */
class NetworkCycleCapTest {

	static final Instant CYCLE_START = Instant.parse("2026-06-01T00:00:00Z");

	static final Instant IN_CYCLE = CYCLE_START.plus(Duration.ofDays(30));

	final CycleCap cap = new CycleCap(CYCLE_START, 2);

	final NetworkRules rules = new NetworkRules(null, null, null, null, null, null);

	@Test
	void confirmingAProposalThatTakesTheHubOverItsCapPerCycleIsRefusedWithTheRule() {
		List<AccreditationRequest> all = new ArrayList<>();
		all.add(confirmed(request("old", "z", CYCLE_START.minus(Duration.ofDays(1)), "hub-old", "y1")));
		all.add(confirmed(request("A", "a", IN_CYCLE, "hub-1", "b1")));
		all.add(confirmed(request("B", "c", IN_CYCLE, "hub-2", "d1")));
		Network before = new Network(all, Map.of(), Set.of(), 1, cap);
		assertThat(before.violations()).as("two seats this cycle (the earlier cycle's does not count)").isEmpty();

		AccreditationRequest third = request("C", "e", IN_CYCLE, "hub-3", "f1");
		assertThat(before.with(third).violations()).as("a proposal is not taken up").isEmpty();
		assertThatCode(() -> rules.admit(before, third, List.of("hub-3", "f1"))).doesNotThrowAnyException();
		assertThat(before.everyRuleBroken(third, "hub-4", "hub")).contains(CycleCap.RULE);
		assertThat(before.wouldBreak(third, "g1", "g")).isEmpty();

		Network proposed = before.with(third);
		AccreditationRequest confirming = confirmed(third);
		assertThatThrownBy(() -> rules.admit(proposed, confirming, List.of("hub-3", "f1")))
			.isInstanceOfSatisfying(RuleBroken.class, e -> assertThat(e.ruleId()).isEqualTo(CycleCap.RULE));
		assertThat(proposed.with(confirming).violations()).extracting(Network.Violation::reviewerId)
			.containsExactlyInAnyOrder("hub-1", "hub-2", "hub-3");
	}

	@Test
	void aCityBelowItsCapMayTakeUpItsLastSeat() {
		List<AccreditationRequest> all = new ArrayList<>();
		all.add(confirmed(request("A", "a", IN_CYCLE, "hub-1", "b1")));
		AccreditationRequest second = request("B", "c", IN_CYCLE, "hub-2", "d1");
		Network proposed = new Network(all, Map.of(), Set.of(), 1, cap).with(second);

		assertThatCode(() -> rules.admit(proposed, confirmed(second), List.of("hub-2", "d1")))
			.doesNotThrowAnyException();
	}

	private static AccreditationRequest request(String id, String city, Instant submitted, String... reviewers) {
		AccreditationRequest request = AccreditationRequest.submit(id, city, ReviewFixture.snapshot(), Set.of("en"),
				Set.of(), ReviewFixture.REVIEW, reviewers.length, "admin", submitted);
		List<ReviewerSeat> seats = new ArrayList<>();
		for (String reviewer : reviewers) {
			seats.add(ReviewerSeat.proposed(reviewer, reviewer.replaceAll("-.*|\\d+$", ""), request.getRound(),
					Map.of()));
		}
		request.propose(seats, "secretariat", submitted);
		return request;
	}

	private static AccreditationRequest confirmed(AccreditationRequest proposed) {
		AccreditationRequest copy = request(proposed.getId(), proposed.getCityId(), proposed.getSubmittedAt(),
				proposed.currentSeats().stream().map(ReviewerSeat::reviewerId).toArray(String[]::new));
		copy.confirm(proposed.getSubmittedAt().plus(Duration.ofDays(14)), "secretariat", proposed.getSubmittedAt());
		return copy;
	}

}
