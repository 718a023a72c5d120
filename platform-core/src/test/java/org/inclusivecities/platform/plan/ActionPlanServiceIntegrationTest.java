package org.inclusivecities.platform.plan;

import java.time.LocalDate;
import java.util.List;

import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PlatformIntegrationTest
class ActionPlanServiceIntegrationTest {

	static final Editor ANNA = new Editor("p-anna", "Anna");

	static final Editor BRAM = new Editor("p-bram", "Bram");

	@Autowired
	ActionPlanService plans;

	@Autowired
	PlanPublisher publisher;

	@Autowired
	PublishedPlans published;

	@Test
	void everyPartRoundTripsThroughTheDatabase() {
		String city = "city-roundtrip";
		plans.save(city, PlanPart.COUNCIL, 0, PlanFixtures.council(CouncilProfile.PERSON_IN_RECOVERY), ANNA);
		plans.save(city, PlanPart.ACTIVITIES, 0,
				Activities.EMPTY.with(PlanFixtures.activity("Walk", LocalDate.of(2027, 5, 1), Aim.CELEBRATE_RECOVERY)),
				ANNA);
		plans.save(city, PlanPart.BASELINE, 0, Baseline.EMPTY.with(new Practice(Sector.HOUSING, "Housing first", null))
			.with(new Stakeholder("Housing corp", Sector.HOUSING, "Landlord", Level.HIGH, Level.LOW, EngagementLevel.INFORM)),
				ANNA);
		plans.save(city, PlanPart.KICKOFF, 0, new KickOff(LocalDate.of(2027, 1, 10), "Everyone", null), ANNA);

		ActionPlan plan = plans.draft(city);

		assertThat(plan.council().content().members()).extracting(CouncilMember::profile)
			.containsExactly(CouncilProfile.PERSON_IN_RECOVERY);
		assertThat(plan.activities().content().activities().getFirst().aims()).containsExactly(Aim.CELEBRATE_RECOVERY);
		assertThat(plan.baseline().content().stakeholders().getFirst().engagement()).isEqualTo(EngagementLevel.INFORM);
		assertThat(plan.kickoff().content().date()).isEqualTo(LocalDate.of(2027, 1, 10));
		assertThat(plan.council().version()).isEqualTo(1);
		assertThat(plan.council().changedByName()).isEqualTo("Anna");
		assertThat(plan.mission().version()).isZero();
	}

	@Test
	void everySaveAndMergeIsKeptInThePartsHistoryWithWhoWhenAndWhat() {
		String city = "city-history-" + System.nanoTime();
		Goal walks = new Goal("Two walks a year", GoalTerm.SHORT_TERM, LocalDate.of(2027, 6, 1));
		Goal jobs = new Goal("A job fair", GoalTerm.LONG_TERM, LocalDate.of(2028, 6, 1));
		plans.save(city, PlanPart.GOALS, 0, new Goals(java.util.List.of(walks)), ANNA);
		plans.merge(city, PlanPart.GOALS, new Goals(java.util.List.of(walks)), new Goals(java.util.List.of(walks, jobs)),
				BRAM);
		plans.save(city, PlanPart.GOALS, 2, new Goals(java.util.List.of(jobs)), ANNA);
		assertThatThrownBy(() -> plans.save(city, PlanPart.GOALS, 1, new Goals(java.util.List.of()), BRAM))
			.isInstanceOf(PlanPartConflict.class);

		var history = plans.history(city, PlanPart.GOALS, 10);
		assertThat(history).extracting(PlanEdit::version, PlanEdit::editorName)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "Anna"), org.assertj.core.groups.Tuple.tuple(2L, "Bram"),
					org.assertj.core.groups.Tuple.tuple(1L, "Anna"));
		assertThat(history.getFirst().removed()).extracting(row -> row.get("text")).containsExactly("Two walks a year");
		assertThat(history.getFirst().added()).isEmpty();
		assertThat(history.get(1).added()).extracting(row -> row.get("text")).containsExactly("A job fair");
		assertThat(plans.history(city, PlanPart.MISSION, 10)).isEmpty();
		assertThat(plans.history("another-city", PlanPart.GOALS, 10)).isEmpty();
	}

	@Test
	void twoSavesFromTheSameVersionSecondIsRefusedFirstIsKept() {
		String city = "city-conflict";
		long base = plans.draft(city).mission().version();
		plans.save(city, PlanPart.MISSION, base, new Mission("Anna's mission", null), ANNA);

		assertThatThrownBy(() -> plans.save(city, PlanPart.MISSION, base, new Mission("Bram's mission", null), BRAM))
			.isInstanceOfSatisfying(PlanPartConflict.class, conflict -> {
				assertThat(conflict.changedBy()).isEqualTo("Anna");
				assertThat(conflict.changedAt()).isNotNull();
				assertThat(conflict.currentContent()).isEqualTo(new Mission("Anna's mission", null));
				assertThat(conflict.currentVersion()).isEqualTo(base + 1);
			});
		assertThat(plans.draft(city).mission().content().mission()).isEqualTo("Anna's mission");
	}

	@Test
	void parallelSavesFromTheSameVersionExactlyOneWins() throws Exception {
		String city = "city-race";
		plans.draft(city);
		int editors = 8;
		var start = new java.util.concurrent.CountDownLatch(1);
		var pool = java.util.concurrent.Executors.newFixedThreadPool(editors);
		List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
		for (int i = 0; i < editors; i++) {
			String text = "Mission " + i;
			results.add(pool.submit(() -> {
				start.await();
				try {
					plans.save(city, PlanPart.MISSION, 0, new Mission(text, null), new Editor("p" + text, text));
					return true;
				}
				catch (PlanPartConflict conflict) {
					return false;
				}
			}));
		}
		start.countDown();
		List<String> winners = new java.util.ArrayList<>();
		for (int i = 0; i < editors; i++) {
			if (results.get(i).get()) {
				winners.add("Mission " + i);
			}
		}
		pool.shutdown();

		assertThat(winners).hasSize(1);
		ActionPlan plan = plans.draft(city);
		assertThat(plan.mission().version()).isEqualTo(1);
		assertThat(plan.mission().content().mission()).isEqualTo(winners.getFirst());
	}

	@Test
	void editsOfDifferentPartsDoNotConflict() {
		String city = "city-parts";
		plans.save(city, PlanPart.MISSION, 0, new Mission("M", null), ANNA);
		plans.save(city, PlanPart.COMMUNICATION, 0,
				Communication.EMPTY.with(new CommunicationRow("Public", "Recovery is possible", "Radio", null, null)), BRAM);
		assertThat(plans.draft(city).snapshot().mission().mission()).isEqualTo("M");
		assertThat(plans.draft(city).communication().version()).isEqualTo(1);
	}

	@Test
	void publishingFreezesNumberedVersionsAndDiffsThem() {
		String city = "city-publish";
		plans.save(city, PlanPart.MISSION, 0, new Mission("First", null), ANNA);
		PublishedPlan v1 = publisher.publish(city, ANNA);
		assertThatThrownBy(() -> publisher.publish(city, ANNA)).isInstanceOf(PlanUnchanged.class);
		plans.save(city, PlanPart.MISSION, 1, new Mission("Second", null), BRAM);
		PublishedPlan v2 = publisher.publish(city, BRAM);

		assertThat(v1.getLabel()).isEqualTo("v1");
		assertThat(v2.getNumber()).isEqualTo(2);
		assertThat(published.findLatestByCityId(city).orElseThrow().getSnapshot().mission().mission()).isEqualTo("Second");
		assertThat(publisher.version(city, 1).getSnapshot().mission().mission()).isEqualTo("First");
		assertThat(publisher.history(city)).extracting(PublishedPlan::getNumber).containsExactly(2, 1);
		var missionChange = publisher.diff(city, 1, 2).stream().filter(c -> c.part() == PlanPart.MISSION).findFirst().orElseThrow();
		assertThat(missionChange.added()).containsExactly(java.util.Map.of("mission", "Second"));
		assertThat(published.findLatestByCityId("city-other")).isEmpty();
		assertThatThrownBy(() -> publisher.version("city-other", 1)).isInstanceOf(PublishedVersionNotFound.class);
		assertThat(List.of(publisher.history("city-other"))).containsExactly(List.of());
	}

}
