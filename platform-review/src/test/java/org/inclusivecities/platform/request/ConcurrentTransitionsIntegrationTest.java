package org.inclusivecities.platform.request;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.request.RequestErrors.RuleBroken;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 11, the reviewer-cap seat that broke unflagged: two transitions on different requests, each within the
 * reviewer's cap alone, judged at the same time (in the randomised test: the reassignment job filling a seat while
 * the secretariat confirmed another request) and both saved, put the reviewer over the cap with no change elsewhere
 * to flag it. Judging and saving now hold the network: the second waits for the first and is refused with the rule.
 */
// the sequences drive reassignment and flagging themselves; the background jobs would change requests between a
// step and its check (under load a run outlasts their one-minute start delay), which is not the rule under test
@PlatformIntegrationTest(properties = "platform.review.jobs-start-delay=P1D")
class ConcurrentTransitionsIntegrationTest extends ReviewServices {

	@Autowired
	NetworkRules rules;

	@Autowired
	SeatControl control;

	@Test
	void aTransitionJudgedWhileAnotherIsSavedWaitsAndSeesIt() throws Exception {
		ReviewFixture fixture = new ReviewFixture(people, pool, "race-");
		Person secretariat = fixture.secretariat();
		Map<String, String> requestOf = new LinkedHashMap<>();
		for (String city : List.of("race-gent", "race-utrecht", "race-leuven")) {
			requestOf.put(city, accreditation.submit(city, fixture.person("admin-" + city, city, Role.CITY_ADMIN).getId(),
					ReviewFixture.snapshot(), Set.of("en"), Set.of(), ReviewFixture.REVIEW));
		}
		List<Person> reviewers = fixture.reviewers("race-b", "race-c", "race-d", "race-e");
		routing.preview(secretariat.getId());
		String gent = requestOf.get("race-gent");
		String utrecht = requestOf.get("race-utrecht");
		String leuven = requestOf.get("race-leuven");
		// she may hold two reviews at once: in review on Gent only
		String busy = requests.byId(gent).orElseThrow().currentSeats().getFirst().reviewerId();
		seatOff(secretariat, utrecht, busy, List.of(gent, leuven), reviewers);
		seatOff(secretariat, leuven, busy, List.of(gent, utrecht), reviewers);
		routing.confirm(secretariat.getId(), gent);
		AccreditationRequest onUtrecht = routing.confirm(secretariat.getId(), utrecht);
		AccreditationRequest inReview = routing.confirm(secretariat.getId(), leuven);

		// Utrecht's seat is given to her (her second review) while, at the same moment, Leuven's is given to her too
		CompletableFuture<AccreditationRequest> replaced = rules.exclusively(() -> {
			CompletableFuture<AccreditationRequest> other = CompletableFuture.supplyAsync(() -> control
				.replace(secretariat.getId(), leuven, inReview.currentSeats().getFirst().reviewerId(), busy));
			assertThatThrownBy(() -> other.get(500, TimeUnit.MILLISECONDS))
				.as("judged only once the transition holding the network is saved")
				.isInstanceOf(TimeoutException.class);
			control.replace(secretariat.getId(), utrecht, onUtrecht.currentSeats().getFirst().reviewerId(), busy);
			return other;
		});

		assertThatThrownBy(() -> replaced.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
			.cause()
			.isInstanceOfSatisfying(RuleBroken.class, e -> assertThat(e.ruleId()).isEqualTo("reviewer-cap"));
		assertThat(requests.byId(leuven).orElseThrow().getVersion()).isEqualTo(inReview.getVersion());
		assertThat(rules.load().violations()).noneMatch(v -> v.reviewerId().equals(busy));
	}

	/** Gives her proposed seat on the request to a reviewer proposed nowhere else. */
	private void seatOff(Person secretariat, String requestId, String reviewerId, List<String> elsewhere,
			List<Person> reviewers) {
		List<ReviewerSeat> seats = requests.byId(requestId).orElseThrow().currentSeats();
		if (seats.stream().anyMatch(s -> s.reviewerId().equals(reviewerId))) {
			Set<String> taken = new java.util.HashSet<>();
			seats.forEach(s -> taken.add(s.reviewerId()));
			elsewhere.forEach(id -> requests.byId(id).orElseThrow().currentSeats().forEach(s -> taken.add(s.reviewerId())));
			String free = reviewers.stream()
				.filter(p -> !taken.contains(p.getId()))
				.findFirst()
				.orElseThrow()
				.getId();
			routing.swap(secretariat.getId(), requestId, reviewerId, free);
		}
	}

}
