package org.inclusivecities.platform.plan.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.inclusivecities.platform.plan.Activity;
import org.inclusivecities.platform.plan.ActivityType;
import org.inclusivecities.platform.plan.Aim;
import org.inclusivecities.platform.plan.CommunicationRow;
import org.inclusivecities.platform.plan.Editor;
import org.inclusivecities.platform.plan.InvalidPlanContent;
import org.inclusivecities.platform.plan.Place;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MonitoringReportTest {

	static final Editor ANNA = new Editor("p-anna", "Anna");

	static final Instant NOW = Instant.parse("2027-02-01T10:00:00Z");

	static Activity activity(String id, String title, LocalDate start) {
		return new Activity(id, title, ActivityType.values()[0], start, start, new Place("Town hall", null, null),
				Set.of(Aim.MAKE_RECOVERY_VISIBLE), List.of(), false, true);
	}

	@Test
	void submittingNeedsEveryPlannedActivityMarkedAndTheReflection() {
		MonitoringReport report = new MonitoringReport("city-a", 2026);
		report.write("We learned", "Do more", ANNA, NOW);

		assertThatThrownBy(() -> report.submit(List.of("a1", "a2"), ANNA, NOW))
			.isInstanceOfSatisfying(InvalidPlanContent.class, ex -> assertThat(ex.field()).isEqualTo("outcomes"));

		report.mark(ActivityOutcome.held("a1", "Recovery walk", 40, "Good weather"), ANNA, NOW);
		report.mark(ActivityOutcome.held("a2", "Cafe", 10, null), ANNA, NOW);
		report.mark(ActivityOutcome.notHeld("a2", "Cafe", "The venue closed"), ANNA, NOW);
		report.submit(List.of("a1", "a2"), ANNA, NOW);

		assertThat(report.getStatus()).isEqualTo(ReportStatus.SUBMITTED);
		assertThat(report.getOutcomes()).hasSize(2);
		assertThat(report.outcome("a2").held()).isFalse();
		assertThat(report.outcome("a2").reason()).isEqualTo("The venue closed");
		assertThat(report.outcome("a2").participants()).isNull();
		assertThatThrownBy(() -> report.mark(ActivityOutcome.held("a1", "Walk", 1, null), ANNA, NOW))
			.isInstanceOf(ReportAlreadySubmitted.class);
	}

	@Test
	void aNotHeldActivityNeedsAReasonAndCountsAreNeverNegative() {
		assertThatThrownBy(() -> ActivityOutcome.notHeld("a1", "Walk", " "))
			.isInstanceOfSatisfying(InvalidPlanContent.class, ex -> assertThat(ex.field()).isEqualTo("reason"));
		assertThatThrownBy(() -> ActivityOutcome.held("a1", "Walk", -1, null))
			.isInstanceOfSatisfying(InvalidPlanContent.class, ex -> assertThat(ex.field()).isEqualTo("participants"));
	}

	@Test
	void theSecretariatReturnsWithFeedbackThenAcceptsTheResubmission() {
		MonitoringReport report = new MonitoringReport("city-a", 2026);
		assertThatThrownBy(() -> report.review(new ReportReview(true, null, "Secretariat", NOW)))
			.isInstanceOf(ReportNotAwaitingReview.class);
		report.write("We learned", "Do more", ANNA, NOW);
		report.submit(List.of(), ANNA, NOW);

		assertThatThrownBy(() -> new ReportReview(false, "", "Secretariat", NOW))
			.isInstanceOfSatisfying(InvalidPlanContent.class, ex -> assertThat(ex.field()).isEqualTo("feedback"));
		report.review(new ReportReview(false, "Add the attendance of the walk", "Secretariat", NOW));
		assertThat(report.getStatus()).isEqualTo(ReportStatus.RETURNED);
		assertThat(report.isEditable()).isTrue();
		assertThat(report.isSubmitted()).as("handed in once: not on hold while completing").isTrue();
		assertThatThrownBy(() -> report.review(new ReportReview(true, null, "Secretariat", NOW)))
			.isInstanceOf(ReportNotAwaitingReview.class);

		report.write("We learned more", "Do more", ANNA, NOW);
		report.submit(List.of(), ANNA, NOW);
		report.review(new ReportReview(true, "Thank you", "Secretariat", NOW));
		assertThat(report.getStatus()).isEqualTo(ReportStatus.ACCEPTED);
		assertThat(report.getReviews()).extracting(ReportReview::accepted).containsExactly(false, true);
		assertThatThrownBy(() -> report.write("x", "y", ANNA, NOW)).isInstanceOf(ReportAlreadySubmitted.class);
	}

	@Test
	void thePrefillTakesTheYearsActivitiesProgressAndCommunicationWithoutOwners() {
		Activity inYear = activity("a1", "Recovery walk", LocalDate.of(2026, 9, 10));
		Activity nextYear = activity("a2", "Cafe", LocalDate.of(2027, 3, 1));
		Indicator visitors = new Indicator("city-a", new IndicatorDefinition("Visitors", "people", 100d,
				LocalDate.of(2025, 1, 1), 300d, LocalDate.of(2027, 12, 31), Frequency.YEARLY, Set.of(), List.of()));
		org.springframework.test.util.ReflectionTestUtils.setField(visitors, "measurements",
				new java.util.ArrayList<>(List.of(new Measurement("m1", LocalDate.of(2026, 6, 1), 150, null, null),
						new Measurement("m2", LocalDate.of(2027, 1, 15), 290, null, null))));

		ReportPrefill prefill = ReportPrefill.of(2026, List.of(nextYear, inYear), List.of(visitors),
				List.of(new CommunicationRow("Neighbours", "Recovery is visible", "Flyers", "Jan Peeters", "Spring")));

		assertThat(prefill.planned()).extracting(Activity::id).containsExactly("a1");
		ReportPrefill.Progress progress = prefill.progress().getFirst();
		assertThat(progress.latestValue()).as("the latest value measured by the end of the year").isEqualTo(150d);
		assertThat(progress.percent()).isEqualTo(25L);
		assertThat(prefill.communication().getFirst().toString()).doesNotContain("Jan Peeters");
		MonitoringReport report = new MonitoringReport("city-a", 2026);
		assertThat(prefill.unmarked(report)).extracting(Activity::id).containsExactly("a1");
	}

}
