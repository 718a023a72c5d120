package org.inclusivecities.platform.plan.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the public sees of a yearly report the city chose to show on its profile: the year, whether the secretariat
 * accepted it, each planned activity held or not with its participants, the other activities held, the reflection
 * and the next steps. Never the notes on an activity, the reasons it was not held, the secretariat's feedback or who
 * wrote or submitted the report.
 */
public record PublicReport(int year, boolean accepted, Instant submittedAt, List<Planned> planned, List<Held> held,
		String reflection, String nextSteps) {

	public PublicReport {
		planned = List.copyOf(planned);
		held = List.copyOf(held);
	}

	static PublicReport of(MonitoringReport report) {
		return new PublicReport(report.getYear(), report.getStatus() == ReportStatus.ACCEPTED, report.getSubmittedAt(),
				report.getOutcomes().stream().map(o -> new Planned(o.title(), o.held(), o.participants())).toList(),
				report.getHeld().stream().map(h -> new Held(h.title(), h.date(), h.attendance())).toList(),
				report.getReflection(), report.getNextSteps());
	}

	public long heldCount() {
		return planned.stream().filter(Planned::held).count();
	}

	public record Planned(String title, boolean held, Integer participants) {
	}

	public record Held(String title, LocalDate date, Integer attendance) {
	}

}
