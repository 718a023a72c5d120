package org.inclusivecities.platform.request;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.inclusivecities.platform.ReviewTestApplication.TestReadiness;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.pool.TieKind;
import org.inclusivecities.platform.request.RequestErrors.AlreadySubmitted;
import org.inclusivecities.platform.request.RequestErrors.AppealNotAllowed;
import org.inclusivecities.platform.request.RequestErrors.NotReadyForAccreditation;
import org.inclusivecities.platform.request.RequestErrors.NotYourInvitation;
import org.inclusivecities.platform.request.RequestErrors.RequestNotFound;
import org.inclusivecities.platform.request.RequestErrors.SwapRefused;
import org.inclusivecities.platform.routing.RoutingResult;
import org.inclusivecities.platform.scoring.InvalidScorecard;
import org.inclusivecities.platform.scoring.Recommendation;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The whole accreditation journey on the test database, with a clock the test moves. */
@PlatformIntegrationTest
class ReviewWorkflowIntegrationTest extends ReviewServices {

	@Autowired
	RenewalReminderJob renewals;

	@Autowired
	TestReadiness readiness;

	@Test
	void fromRequestToAccreditationWithSwapDeclineExpiryBlindReviewDecisionAndAppeal() {
		ReviewFixture fixture = new ReviewFixture(people, pool, "journey-");
		Person secretariat = fixture.secretariat();
		Person admin = fixture.person("admin-a", "city-a", Role.CITY_ADMIN);
		fixture.reviewers("city-a", "city-b", "city-c", "city-d", "city-e", "city-f", "city-g");
		pool.declareTie("city-b", "city-a", TieKind.TWINNING, "seed");

		readiness.missing("city-a", List.of("plan.monitoring.missing"));
		assertThatThrownBy(() -> accreditation.submit("city-a", admin.getId(), ReviewFixture.snapshot(),
				Set.of("en"), Set.of("recovery-cafe"), ReviewFixture.REVIEW))
			.isInstanceOfSatisfying(NotReadyForAccreditation.class,
					e -> assertThat(e.missing()).containsExactly("plan.monitoring.missing"));
		readiness.missing("city-a", List.of());
		String id = accreditation.submit("city-a", admin.getId(), ReviewFixture.snapshot(), Set.of("en"),
				Set.of("recovery-cafe"), ReviewFixture.REVIEW);

		// preview: three reviewers from three cities, none from city-a or its twin city-b
		RoutingResult preview = routing.preview(secretariat.getId());
		assertThat(preview.assignmentsOf(id)).hasSize(3);
		AccreditationRequest proposed = requests.byId(id).orElseThrow();
		assertThat(proposed.getStatus()).isEqualTo(RequestStatus.PROPOSED);
		assertThat(proposed.currentSeats()).extracting(ReviewerSeat::reviewerCityId)
			.doesNotHaveDuplicates()
			.doesNotContain("city-a", "city-b");

		// a swap to a reviewer of the twin city is refused with the rule, and nothing changes
		String twinReviewer = person("journey-reviewer1-city-b").getId();
		String outgoing = proposed.currentSeats().getFirst().reviewerId();
		assertThatThrownBy(() -> routing.swap(secretariat.getId(), id, outgoing, twinReviewer))
			.isInstanceOfSatisfying(SwapRefused.class, e -> assertThat(e.ruleId()).isEqualTo("city-tie"));
		assertThatThrownBy(() -> routing.swap(secretariat.getId(), id, outgoing,
				person("journey-reviewer1-city-a").getId()))
			.isInstanceOfSatisfying(SwapRefused.class, e -> assertThat(e.ruleId()).isEqualTo("own-city"));
		assertThat(requests.byId(id).orElseThrow().getVersion()).isEqualTo(proposed.getVersion());

		AccreditationRequest confirmed = routing.confirm(secretariat.getId(), id);
		assertThat(confirmed.getStatus()).isEqualTo(RequestStatus.IN_REVIEW);
		List<String> invited = confirmed.currentSeats().stream().map(ReviewerSeat::reviewerId).toList();
		for (String reviewer : invited) {
			String email = people.findById(reviewer).orElseThrow().getEmail();
			assertThat(outbox.findAllByRecipientOrderByCreatedAtDesc(email)).extracting(m -> m.getTemplate())
				.contains("review-invitation");
		}

		// a stranger cannot act on the invitation; nothing changes
		Person stranger = fixture.person("stranger", "city-g", Role.REVIEWER);
		assertThatThrownBy(() -> invitations.decline(stranger.getId(), id, "busy"))
			.isInstanceOf(NotYourInvitation.class);

		// first reviewer declines, second accepts, third never answers
		invitations.decline(invited.get(0), id, "Travelling that month");
		invitations.accept(invited.get(1), id);
		reassignment.run();
		AccreditationRequest afterDecline = requests.byId(id).orElseThrow();
		List<ReviewerSeat> open = afterDecline.currentSeats().stream().filter(s -> s.status().open()).toList();
		assertThat(open).hasSize(3).extracting(ReviewerSeat::reviewerId).doesNotContain(invited.get(0));
		String replacement = open.stream()
			.map(ReviewerSeat::reviewerId)
			.filter(r -> !invited.contains(r))
			.findFirst()
			.orElseThrow();
		invitations.accept(replacement, id);

		clock.advance(Duration.ofDays(15));
		reassignment.run();
		AccreditationRequest afterExpiry = requests.byId(id).orElseThrow();
		assertThat(afterExpiry.currentSeats()).filteredOn(s -> s.status() == SeatStatus.EXPIRED)
			.extracting(ReviewerSeat::reviewerId)
			.containsExactly(invited.get(2));
		List<String> active = afterExpiry.currentSeats()
			.stream()
			.filter(s -> s.status().open())
			.map(ReviewerSeat::reviewerId)
			.toList();
		assertThat(active).hasSize(3).doesNotContain(invited.get(0), invited.get(2));
		assertThat(afterExpiry.getAudit()).extracting(AuditEntry::action)
			.contains("submitted", "assignment", "confirmed", "decline", "accepted", "expired", "reassignment");

		// bad scores change nothing; others' scores are hidden until one's own is in
		assertThatThrownBy(() -> reviews.submit(active.get(0), id, ReviewFixture.scores(6), Recommendation.ACCREDIT, ""))
			.isInstanceOf(InvalidScorecard.class);
		assertThat(requests.byId(id).orElseThrow().getVersion()).isEqualTo(afterExpiry.getVersion());
		reviews.submit(active.get(0), id, ReviewFixture.scores(5), Recommendation.ACCREDIT, "Strong council");
		assertThat(reviews.reviewerView(active.get(1), id).others()).isEmpty();
		reviews.submit(active.get(1), id, ReviewFixture.scores(3), Recommendation.ACCREDIT_WITH_CONDITIONS, "");
		assertThat(reviews.reviewerView(active.get(1), id).others()).hasSize(1);
		assertThat(reviews.reviewerView(active.get(1), id).disagreements()).hasSize(6);
		assertThatThrownBy(() -> reviews.submit(active.get(1), id, ReviewFixture.scores(4), Recommendation.ACCREDIT, ""))
			.isInstanceOf(AlreadySubmitted.class);
		reviews.submit(active.get(2), id, ReviewFixture.scores(4), Recommendation.ACCREDIT, "");
		assertThat(requests.byId(id).orElseThrow().getStatus()).isEqualTo(RequestStatus.REVIEWED);

		// the city sees the reviews with the decision, not while they may change
		assertThat(reviews.cityView("city-a", id).reviews()).isEmpty();
		assertThat(reviews.cityView("city-a", id).reviewsSubmitted()).isEqualTo(3);

		// decision, certificate, verification
		assertThatThrownBy(() -> decisions.decide(admin.getId(), id, Recommendation.ACCREDIT, "ok", List.of()))
			.isInstanceOf(RequestErrors.SecretariatOnly.class);
		assertThatThrownBy(() -> decisions.decide(secretariat.getId(), id, Recommendation.NOT_YET,
				"Monitoring indicators are missing", List.of()))
			.isInstanceOf(RequestErrors.InvalidInput.class);
		AccreditationRequest decided = decisions.decide(secretariat.getId(), id, Recommendation.NOT_YET,
				"Monitoring indicators are missing", List.of(),
				List.of(new Decision.Improvement("Add indicators", java.time.LocalDate.of(2099, 1, 1))));
		assertThat(decided.getDecision().certificateCode()).isNull();

		// blind: the reviewed city's view carries no reviewer identity or city
		ReviewViews.CityView view = reviews.cityView("city-a", id);
		assertThat(view.reviews()).hasSize(3).allSatisfy(r -> {
			assertThat(r.reviewerId()).isNull();
			assertThat(r.reviewerCityId()).isNull();
		});
		String rendered = view.toString() + accreditation.ownRequests("city-a");
		active.forEach(reviewer -> assertThat(rendered).doesNotContain(reviewer));
		afterExpiry.currentSeats().forEach(s -> assertThat(rendered).doesNotContain(s.reviewerCityId()));
		assertThatThrownBy(() -> reviews.cityView("city-c", id)).isInstanceOf(RequestNotFound.class);


		// one appeal: new round, new reviewers
		accreditation.appeal("city-a", id, admin.getId(), "Indicators were in the annex");
		assertThatThrownBy(() -> accreditation.appeal("city-a", id, admin.getId(), "again"))
			.isInstanceOf(AppealNotAllowed.class);
		routing.preview(secretariat.getId());
		AccreditationRequest round2 = requests.byId(id).orElseThrow();
		assertThat(round2.getRound()).isEqualTo(2);
		assertThat(round2.currentSeats()).hasSize(3)
			.extracting(ReviewerSeat::reviewerId)
			.doesNotContainAnyElementsOf(active);
	}

	@Test
	void accreditationGetsAVerifiableCodeAndRenewalRemindersSixAndThreeMonthsAhead() {
		ReviewFixture fixture = new ReviewFixture(people, pool, "renewal-");
		Person secretariat = fixture.secretariat();
		Person admin = fixture.person("admin-r", "city-r", Role.CITY_ADMIN);
		fixture.reviewers("city-s", "city-t", "city-u");
		String id = accreditation.submit("city-r", admin.getId(), ReviewFixture.snapshot(), Set.of("en"), Set.of(),
				ReviewFixture.REVIEW);
		routing.preview(secretariat.getId());
		AccreditationRequest confirmed = routing.confirm(secretariat.getId(), id);
		confirmed.currentSeats()
			.forEach(s -> reviews.submit(s.reviewerId(), id, ReviewFixture.scores(4), Recommendation.ACCREDIT, ""));

		AccreditationRequest decided = decisions.decide(secretariat.getId(), id, Recommendation.ACCREDIT,
				"Meets the charter", List.of());

		String code = decided.getDecision().certificateCode();
		assertThat(code).hasSize(20);
		assertThat(certificates.verify(code)).hasValueSatisfying(v -> {
			assertThat(v.cityId()).isEqualTo("city-r");
			assertThat(v.state()).isEqualTo(CertificateState.VALID);
			assertThat(v.validUntil()).isEqualTo(decided.getDecision().validUntil());
		});
		assertThat(certificates.verify("AAAAAAAAAAAAAAAAAAAA")).isEmpty();
		assertThat(certificates.verify("short")).isEmpty();

		renewals.run();
		assertThat(requests.byId(id).orElseThrow().getRemindersSent()).isEmpty();
		clock.set(decided.getDecision().validUntil().minusMonths(6).atStartOfDay().toInstant(java.time.ZoneOffset.UTC));
		renewals.run();
		renewals.run();
		assertThat(requests.byId(id).orElseThrow().getRemindersSent()).containsExactly(6);
		clock.advance(Duration.ofDays(95));
		renewals.run();
		assertThat(requests.byId(id).orElseThrow().getRemindersSent()).containsExactly(6, 3);
		assertThat(outbox.findAllByRecipientOrderByCreatedAtDesc("renewal-admin-r@test.example"))
			.extracting(m -> m.getTemplate())
			.containsExactlyInAnyOrder("accreditation-renewal-reminder", "accreditation-renewal-reminder",
					"accreditation-decision");
		clock.set(java.time.Instant.parse("2027-01-04T09:00:00Z"));
	}

	private Person person(String emailPrefix) {
		return people.findByEmail(emailPrefix + "@test.example").orElseThrow();
	}

}
