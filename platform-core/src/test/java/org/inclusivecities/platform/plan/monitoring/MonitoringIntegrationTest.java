package org.inclusivecities.platform.plan.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.inclusivecities.platform.plan.ActionPlanService;
import org.inclusivecities.platform.plan.Aim;
import org.inclusivecities.platform.plan.Editor;
import org.inclusivecities.platform.plan.InvalidPlanContent;
import org.inclusivecities.platform.plan.Mission;
import org.inclusivecities.platform.plan.PlanPart;
import org.inclusivecities.platform.plan.PlanPublisher;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PlatformIntegrationTest
class MonitoringIntegrationTest {

	@Autowired
	Clock clock;

	static final Editor ANNA = new Editor("p-anna", "Anna");

	@Autowired
	IndicatorService indicators;

	@Autowired
	MeasurementCsv csv;

	@Autowired
	MonitoringStatus status;

	@Autowired
	MonitoringReportService reports;

	@Autowired
	ActionPlanService plans;

	@Autowired
	PlanPublisher publisher;

	static IndicatorDefinition visitors(Double baseline) {
		return new IndicatorDefinition("Visitors", "people", baseline, baseline == null ? null : LocalDate.of(2026, 1, 1),
				500d, LocalDate.of(2027, 12, 31), Frequency.PER_ACTIVITY, Set.of(Aim.MAKE_RECOVERY_VISIBLE), List.of());
	}

	@Test
	void measurementsAreRecordedAndAimsWithABaselineCount() {
		Indicator with = indicators.define("city-a", visitors(100d));
		indicators.define("city-a", new IndicatorDefinition("Employers", "count", null, null, null, null,
				Frequency.YEARLY, Set.of(Aim.ENGAGE_POLICY_PRACTICE), List.of()));
		indicators.record("city-a", with.getId(), List.of(new Measurement(null, LocalDate.of(2026, 5, 1), 150, "count", null)));

		assertThat(indicators.get("city-a", with.getId()).getMeasurements()).extracting(Measurement::value).containsExactly(150d);
		assertThat(indicators.withBaseline("city-a")).containsExactly(Aim.MAKE_RECOVERY_VISIBLE);
		assertThatThrownBy(() -> indicators.get("city-b", with.getId())).isInstanceOf(IndicatorNotFound.class);
		assertThatThrownBy(() -> indicators.record("city-b", with.getId(), List.of(new Measurement(null, LocalDate.of(2026, 5, 1), 1, null, null))))
			.isInstanceOf(IndicatorNotFound.class);
	}

	@Test
	void badNumbersAndDatesAreRefused() {
		assertThatThrownBy(() -> visitors(-1d)).isInstanceOf(InvalidPlanContent.class);
		assertThatThrownBy(() -> new Measurement(null, LocalDate.of(2026, 1, 1), 1e15, null, null))
			.isInstanceOf(InvalidPlanContent.class);
		assertThatThrownBy(() -> new IndicatorDefinition("X", "u", 1d, LocalDate.of(2026, 1, 1), 2d, LocalDate.of(2025, 1, 1),
				Frequency.YEARLY, Set.of(), List.of()))
			.isInstanceOfSatisfying(InvalidPlanContent.class, ex -> assertThat(ex.field()).isEqualTo("targetDate"));
		assertThatThrownBy(() -> indicators.define("city-a", new IndicatorDefinition("X", "u", null, null, null, null,
				Frequency.YEARLY, Set.of(), List.of("no-such-activity"))))
			.isInstanceOf(InvalidPlanContent.class);
	}

	@Test
	void csvImportIsAllOrNothingWithLineNumbers() {
		Indicator indicator = indicators.define("city-csv", visitors(10d));
		String id = indicator.getId();
		String bad = "indicator_id,date,value,source,note\n" + id + ",2026-02-01,12,count,\n" + "nope,2026-02-01,1,,\n"
				+ id + ",02/30/2026,3,,\n" + id + ",2026-03-01,-4,,\n" + id + ",2026-03-01,abc,,\n";

		assertThatThrownBy(() -> csv.importFrom("city-csv", bytes(bad)))
			.isInstanceOfSatisfying(MeasurementImportRejected.class, ex -> assertThat(ex.errors())
				.extracting(RowError::line, RowError::column, RowError::messageKey)
				.containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "indicator_id", "monitoring.import.unknownIndicator"),
						org.assertj.core.groups.Tuple.tuple(4L, "date", "monitoring.import.notADate"),
						org.assertj.core.groups.Tuple.tuple(5L, "value", "monitoring.error.negative"),
						org.assertj.core.groups.Tuple.tuple(6L, "value", "monitoring.import.notANumber")));
		assertThat(indicators.get("city-csv", id).getMeasurements()).isEmpty();

		String template = csv.template("city-csv");
		assertThat(template).startsWith("\uFEFFindicator_id,indicator_name,date,value,source,note").contains(id);
		assertThat(csv.importFrom("city-csv", bytes(template + id + ",Visitors,2026-02-01,12,count,first\n")).added())
			.isEqualTo(1);
		assertThat(indicators.get("city-csv", id).getMeasurements()).extracting(Measurement::note).containsExactly("first");
		assertThatThrownBy(() -> csv.importFrom("city-other", bytes("indicator_id,date,value\n" + id + ",2026-02-01,1\n")))
			.isInstanceOf(MeasurementImportRejected.class);
		assertThatThrownBy(() -> csv.importFrom("city-csv", bytes("foo,bar\n1,2\n")))
			.isInstanceOfSatisfying(MeasurementImportRejected.class,
					ex -> assertThat(ex.errors().getFirst().messageKey()).isEqualTo("monitoring.import.missingColumns"));
	}

	@Test
	void aMeasurementIsIdentifiedByIndicatorAndDateSoRecordingItAgainReplacesIt() {
		Indicator indicator = indicators.define("city-again", visitors(10d));
		Measurement first = new Measurement(null, LocalDate.of(2026, 5, 1), 150, "count", null);
		indicators.record("city-again", indicator.getId(), List.of(first));
		indicators.record("city-again", indicator.getId(),
				List.of(new Measurement(null, LocalDate.of(2026, 5, 1), 160, "recount", null)));

		assertThat(indicators.get("city-again", indicator.getId()).getMeasurements())
			.extracting(Measurement::id, Measurement::value, Measurement::source)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(first.id(), 160d, "recount"));
		assertThatThrownBy(() -> indicators.record("city-again", indicator.getId(),
				List.of(new Measurement(null, LocalDate.now(clock).plusDays(1), 1, null, null))))
			.isInstanceOfSatisfying(InvalidPlanContent.class, ex -> assertThat(ex.messageKey()).isEqualTo("monitoring.error.future"));
	}

	static byte[] bytes(String text) {
		return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
	}

	@Test
	void aCityIsOnHoldAfterMarchWithoutLastYearsReport() {
		String city = "city-hold";
		plans.save(city, PlanPart.MISSION, 0, new Mission("M", null), ANNA);
		publisher.publish(city, ANNA);
		int year = LocalDate.now(clock).getYear();
		Clock march31 = Clock.fixed(LocalDate.of(year + 1, 3, 31).atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
		Clock april1 = Clock.fixed(LocalDate.of(year + 1, 4, 1).atTime(0, 1).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
		Clock thisYear = Clock.fixed(LocalDate.of(year, 12, 31).atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

		assertThat(status.isOnHold(city, march31)).isFalse();
		assertThat(status.isOnHold(city, april1)).isTrue();
		assertThat(status.isOnHold(city, thisYear)).isFalse();
		assertThat(status.isOnHold("city-without-plan", april1)).isFalse();

		MonitoringReport report = reports.report(city, year);
		assertThatThrownBy(() -> reports.submit(city, year, report.getVersion(), ANNA)).isInstanceOf(InvalidPlanContent.class);
		MonitoringReport written = reports.write(city, year, report.getVersion(), "We learned", "Do more", ANNA);
		reports.submit(city, year, written.getVersion(), ANNA);

		assertThat(status.isOnHold(city, april1)).isFalse();
		assertThatThrownBy(() -> reports.write(city, year, written.getVersion() + 1, "x", "y", ANNA))
			.isInstanceOf(ReportAlreadySubmitted.class);
	}

}
