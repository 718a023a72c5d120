package org.inclusivecities.platform.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The city's monitoring as it stood when it asked for accreditation: the latest submitted yearly report
 * ({@code report} null when it had none yet) and every indicator with the measurements recorded by then.
 * Copies of the plan module's data, so later reports or measurements never change them; the names of the
 * people who wrote the report are left out.
 */
public record FrozenMonitoring(Report report, List<FrozenIndicator> indicators) {

	static final FrozenMonitoring NONE = new FrozenMonitoring(null, List.of());

	public FrozenMonitoring {
		indicators = indicators == null ? List.of() : List.copyOf(indicators);
	}

	public boolean hasReport() {
		return report != null;
	}

	/** A submitted yearly report. */
	public record Report(int year, Instant submittedAt, String reflection, String nextSteps, List<Held> held) {

		public Report {
			held = held == null ? List.of() : List.copyOf(held);
		}

	}

	/** An activity the report says took place. */
	public record Held(String title, LocalDate date, Integer attendance, String outcomes) {
	}

	/** An indicator's definition with its measurements, oldest first. */
	public record FrozenIndicator(String name, String unit, Double baselineValue, LocalDate baselineDate,
			Double targetValue, LocalDate targetDate, String frequency, List<Value> measurements) {

		public FrozenIndicator {
			measurements = measurements == null ? List.of() : List.copyOf(measurements);
		}

		public String baselineText() {
			return plain(baselineValue);
		}

		public String targetText() {
			return plain(targetValue);
		}

	}

	/** One measurement. */
	public record Value(LocalDate date, double value, String source, String note) {

		public String valueText() {
			return plain(value);
		}

	}

	/** 12.0 as "12", 0.25 as "0.25"; nothing for no value. */
	static String plain(Double value) {
		return value == null ? "" : java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

}
