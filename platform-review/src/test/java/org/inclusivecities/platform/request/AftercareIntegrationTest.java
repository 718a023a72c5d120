package org.inclusivecities.platform.request;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.request.RequestErrors.InvalidInput;
import org.inclusivecities.platform.request.RequestErrors.SecretariatOnly;
import org.inclusivecities.platform.request.RequestErrors.SwapRefused;
import org.inclusivecities.platform.scoring.Recommendation;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Appeal re-review by new reviewers only; conditions marked met and reminded once, on the test database. */
@PlatformIntegrationTest
class AftercareIntegrationTest extends ReviewServices {

	@Autowired
	Conditions conditions;

	@Autowired
	ConditionReminderJob conditionReminders;

	@Autowired
	MongoTemplate mongo;

	@Test
	void theAppealGoesToReviewersWhoNeverHadTheRequestNotEvenTheOneWhoDeclined() {
		ReviewFixture fixture = new ReviewFixture(people, pool, "appeal-");
		Person secretariat = fixture.secretariat();
		Person admin = fixture.person("admin", "city-p", Role.CITY_ADMIN);
		fixture.reviewers("city-q", "city-r", "city-s", "city-t", "city-u", "city-v");
		String id = accreditation.submit("city-p", admin.getId(), ReviewFixture.snapshot(), Set.of("en"), Set.of(),
				ReviewFixture.REVIEW);
		routing.preview(secretariat.getId());
		List<String> invited = routing.confirm(secretariat.getId(), id).currentSeats().stream()
			.map(ReviewerSeat::reviewerId).toList();
		invitations.decline(invited.get(0), id, "Travelling");
		reassignment.run();
		List<String> firstRound = requests.byId(id).orElseThrow().getSeats().stream()
			.map(ReviewerSeat::reviewerId).toList();
		assertThat(firstRound).hasSize(4);
		requests.byId(id).orElseThrow().currentSeats().stream()
			.filter(s -> s.status().open())
			.forEach(s -> reviews.submit(s.reviewerId(), id, ReviewFixture.scores(2), Recommendation.NOT_YET, ""));
		decisions.decide(secretariat.getId(), id, Recommendation.NOT_YET, "Monitoring is missing", List.of(),
				List.of(new Decision.Improvement("Add monitoring", java.time.LocalDate.of(2099, 1, 1))));

		assertThatThrownBy(() -> accreditation.appeal("city-p", id, admin.getId(), "  "))
			.isInstanceOf(InvalidInput.class);
		assertThat(requests.byId(id).orElseThrow().getStatus()).isEqualTo(RequestStatus.DECIDED);
		accreditation.appeal("city-p", id, admin.getId(), "The indicators are in the annex");
		routing.preview(secretariat.getId());
		AccreditationRequest round2 = requests.byId(id).orElseThrow();
		assertThat(round2.currentSeats()).hasSize(3)
			.extracting(ReviewerSeat::reviewerId)
			.doesNotContainAnyElementsOf(firstRound);
		assertThat(round2.appeal()).hasValueSatisfying(a -> assertThat(a.detail())
			.isEqualTo("The indicators are in the annex"));

		// swapping a first-round reviewer (even the one who declined) back in is refused by the hard rule
		String outgoing = round2.currentSeats().getFirst().reviewerId();
		for (String old : firstRound) {
			assertThatThrownBy(() -> routing.swap(secretariat.getId(), id, outgoing, old))
				.isInstanceOfSatisfying(SwapRefused.class, e -> assertThat(e.ruleId()).isEqualTo("excluded-reviewer"));
		}
		assertThat(requests.byId(id).orElseThrow().getVersion()).isEqualTo(round2.getVersion());
	}

	@Test
	void theSecretariatMarksConditionsMetAndTheCityIsRemindedOnceBeforeTheDueDate() {
		ReviewFixture fixture = new ReviewFixture(people, pool, "conditions-");
		Person secretariat = fixture.secretariat();
		Person admin = fixture.person("admin", "city-k", Role.CITY_ADMIN);
		Person council = fixture.person("council", "city-k", Role.COUNCIL_MEMBER);
		fixture.reviewers("city-l", "city-m", "city-n");
		String id = accreditation.submit("city-k", admin.getId(), ReviewFixture.snapshot(), Set.of("en"), Set.of(),
				ReviewFixture.REVIEW);
		routing.preview(secretariat.getId());
		routing.confirm(secretariat.getId(), id)
			.currentSeats()
			.forEach(s -> reviews.submit(s.reviewerId(), id, ReviewFixture.scores(4), Recommendation.ACCREDIT, ""));
		LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
		LocalDate due = today.plusDays(60);
		decisions.decide(secretariat.getId(), id, Recommendation.ACCREDIT_WITH_CONDITIONS, "Good",
				List.of(new Decision.Condition("Publish the baseline", due),
						new Decision.Condition("Train the staff", due)));

		// bad input and non-secretariat change nothing
		Long version = requests.byId(id).orElseThrow().getVersion();
		assertThatThrownBy(() -> conditions.markMet(admin.getId(), id, "c1", "done"))
			.isInstanceOf(SecretariatOnly.class);
		assertThatThrownBy(() -> conditions.markMet(secretariat.getId(), id, "c1", " "))
			.isInstanceOf(InvalidInput.class);
		assertThat(requests.byId(id).orElseThrow().getVersion()).isEqualTo(version);

		conditions.markMet(secretariat.getId(), id, "c2", "Training held in March");
		AccreditationRequest marked = requests.byId(id).orElseThrow();
		assertThat(marked.getDecision().condition("c2").orElseThrow().metOn()).isEqualTo(today);
		assertThat(marked.getAudit()).last().satisfies(a -> {
			assertThat(a.action()).isEqualTo("condition-met");
			assertThat(a.actorId()).isEqualTo(secretariat.getId());
			assertThat(a.at()).isEqualTo(clock.instant());
		});

		conditionReminders.run();
		assertThat(reminders(admin)).isZero();
		clock.set(due.minusDays(14).atTime(7, 0).toInstant(ZoneOffset.UTC));
		conditionReminders.run();
		conditionReminders.run();
		clock.set(due.minusDays(3).atTime(7, 0).toInstant(ZoneOffset.UTC));
		conditionReminders.run();
		assertThat(reminders(admin)).isEqualTo(1);
		assertThat(reminders(council)).isZero();
		String text = outbox.findAllByRecipientOrderByCreatedAtDesc(admin.getEmail()).stream()
			.filter(m -> m.getTemplate().equals("accreditation-condition-reminder")).findFirst().orElseThrow()
			.getTextBody();
		assertThat(text).contains("Publish the baseline").doesNotContain("Train the staff");
		assertThat(requests.byId(id).orElseThrow().getDecision().conditions().getFirst().state(due.plusDays(1)))
			.isEqualTo(ConditionState.OVERDUE);
	}

	@Test
	void aDecisionStoredBeforeConditionsHadIdsStillLoadsWithIds() {
		Document stored = new Document("_id", "legacy-1").append("cityId", "city-old")
			.append("status", "DECIDED")
			.append("round", 1)
			.append("decision", new Document("outcome", "ACCREDIT_WITH_CONDITIONS").append("reasons", "ok")
				.append("conditions", List.of(new Document("text", "Publish the baseline").append("dueBy",
						java.util.Date.from(LocalDate.of(2027, 6, 1).atStartOfDay().toInstant(ZoneOffset.UTC))),
						new Document("text", "Train the staff"))));
		mongo.getCollection("accreditationRequests").insertOne(stored);

		AccreditationRequest loaded = requests.byId("legacy-1").orElseThrow();
		assertThat(loaded.getDecision().conditions()).extracting(Decision.Condition::id).containsExactly("c1", "c2");
		assertThat(loaded.getDecision().conditions().getFirst().dueBy()).isEqualTo(LocalDate.of(2027, 6, 1));
		assertThat(loaded.getDecision().conditions().getFirst().met()).isFalse();
	}

	private long reminders(Person person) {
		return outbox.findAllByRecipientOrderByCreatedAtDesc(person.getEmail()).stream()
			.filter(m -> m.getTemplate().equals("accreditation-condition-reminder"))
			.count();
	}

}
