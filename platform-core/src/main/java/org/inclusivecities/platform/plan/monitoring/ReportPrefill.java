package org.inclusivecities.platform.plan.monitoring;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.inclusivecities.platform.plan.Activity;
import org.inclusivecities.platform.plan.CommunicationRow;

/**
 * What the plan and the monitoring already say about a report's year, so the city does not type it again: the
 * planned activities of the year to mark, each indicator's progress against its target, and the communication the
 * plan set out (audience, message, channel, timing; never who owns it, which is private to the city).
 */
public record ReportPrefill(int year, List<Activity> planned, List<Progress> progress, List<Communicated> communication) {

	public ReportPrefill {
		planned = List.copyOf(planned);
		progress = List.copyOf(progress);
		communication = List.copyOf(communication);
	}

	static ReportPrefill of(int year, List<Activity> activities, List<Indicator> indicators,
			List<CommunicationRow> communication) {
		LocalDate from = LocalDate.of(year, 1, 1);
		LocalDate to = LocalDate.of(year, 12, 31);
		return new ReportPrefill(year,
				activities.stream()
					.filter(a -> a.overlaps(from, to))
					.sorted(Comparator.comparing(Activity::startDate).thenComparing(Activity::title))
					.toList(),
				indicators.stream().map(i -> Progress.of(i, to)).toList(),
				communication.stream().map(r -> new Communicated(r.audience(), r.message(), r.channel(), r.timing())).toList());
	}

	/** The planned activities of the year the report has not marked yet. */
	public List<Activity> unmarked(MonitoringReport report) {
		return planned.stream().filter(a -> report.outcome(a.id()) == null).toList();
	}

	/** The planned activity with this id, if the year has it. */
	public Optional<Activity> planned(String activityId) {
		return planned.stream().filter(a -> a.id().equals(activityId)).findFirst();
	}

	/**
	 * An indicator at the end of the year: its latest value measured by then (with its date), and how far it got from
	 * the baseline to the target, as a fraction (0 = at the baseline, 1 = target reached; below 0 or above 1 when it
	 * moved away or beyond); null when a baseline, a target or a measurement is missing.
	 */
	public record Progress(String indicatorId, String name, String unit, Double baselineValue, Double targetValue,
			LocalDate targetDate, Double latestValue, LocalDate latestDate, Double fraction) {

		static Progress of(Indicator indicator, LocalDate endOfYear) {
			IndicatorDefinition d = indicator.getDefinition();
			Optional<Measurement> latest = indicator.getMeasurements()
				.stream()
				.filter(m -> !m.date().isAfter(endOfYear))
				.max(Comparator.comparing(Measurement::date));
			Double value = latest.map(Measurement::value).orElse(null);
			Double fraction = null;
			if (value != null && d.baselineValue() != null && d.targetValue() != null
					&& Double.compare(d.targetValue(), d.baselineValue()) != 0) {
				fraction = (value - d.baselineValue()) / (d.targetValue() - d.baselineValue());
			}
			return new Progress(indicator.getId(), d.name(), d.unit(), d.baselineValue(), d.targetValue(), d.targetDate(),
					value, latest.map(Measurement::date).orElse(null), fraction);
		}

		/** The progress as a whole percentage, or null when it cannot be told. */
		public Long percent() {
			return fraction == null ? null : Math.round(fraction * 100);
		}

	}

	/** A line of the communication plan as the report shows it: without its owner. */
	public record Communicated(String audience, String message, String channel, String timing) {
	}

}
