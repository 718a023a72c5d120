package org.inclusivecities.platform.plan.web;

import java.util.List;

import org.inclusivecities.platform.plan.monitoring.Frequency;
import org.inclusivecities.platform.plan.monitoring.ActivityOutcome;
import org.inclusivecities.platform.plan.monitoring.HeldActivity;
import org.inclusivecities.platform.plan.monitoring.IndicatorDefinition;
import org.inclusivecities.platform.plan.monitoring.Measurement;
import org.inclusivecities.platform.plan.Aim;

import org.springframework.validation.BindingResult;

/** Form records of the monitoring pages (text only, parsed field by field). */
final class MonitoringForms {

	private MonitoringForms() {
	}

	record IndicatorForm(String name, String unit, String baselineValue, String baselineDate, String targetValue,
			String targetDate, String frequency, List<String> aims, List<String> activityIds) {
		static final IndicatorForm EMPTY = new IndicatorForm(null, null, null, null, null, null, null, List.of(),
				List.of());

		static IndicatorForm of(IndicatorDefinition d) {
			return new IndicatorForm(d.name(), d.unit(), text(d.baselineValue()), text(d.baselineDate()),
					text(d.targetValue()), text(d.targetDate()), d.frequency().name(),
					d.aims().stream().map(Enum::name).toList(), d.activityIds());
		}

		private static String text(Object value) {
			if (value instanceof Double number) {
				return java.math.BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
			}
			return value == null ? null : value.toString();
		}

		void check(BindingResult errors) {
			Parse.required(errors, "name", name);
			Parse.required(errors, "unit", unit);
			Parse.check(errors, () -> Parse.number("baselineValue", baselineValue));
			Parse.check(errors, () -> Parse.date("baselineDate", baselineDate));
			Parse.check(errors, () -> Parse.number("targetValue", targetValue));
			Parse.check(errors, () -> Parse.date("targetDate", targetDate));
			Parse.check(errors, () -> Parse.choice("frequency", frequency, Frequency.class));
			Parse.required(errors, "frequency", frequency);
			Parse.check(errors, () -> Parse.choices("aims", aims, Aim.class));
		}

		IndicatorDefinition toDefinition() {
			return new IndicatorDefinition(name, unit, Parse.number("baselineValue", baselineValue),
					Parse.date("baselineDate", baselineDate), Parse.number("targetValue", targetValue),
					Parse.date("targetDate", targetDate), Parse.choice("frequency", frequency, Frequency.class),
					Parse.choices("aims", aims, Aim.class), activityIds == null ? List.of() : activityIds);
		}

		public boolean hasAim(Aim aim) {
			return aims != null && aims.contains(aim.name());
		}

		public boolean hasActivity(String id) {
			return activityIds != null && activityIds.contains(id);
		}
	}

	record MeasurementForm(String date, String value, String source, String note) {
		static final MeasurementForm EMPTY = new MeasurementForm(null, null, null, null);

		void check(BindingResult errors) {
			Parse.check(errors, () -> Parse.date("date", date));
			Parse.required(errors, "date", date);
			Parse.check(errors, () -> Parse.number("value", value));
			Parse.required(errors, "value", value);
		}

		Measurement toMeasurement() {
			return new Measurement(null, Parse.date("date", date), Parse.number("value", value), source, note);
		}
	}

	record HeldForm(String title, String date, String attendance, String outcomes) {
		static final HeldForm EMPTY = new HeldForm(null, null, null, null);

		void check(BindingResult errors) {
			Parse.required(errors, "title", title);
			Parse.check(errors, () -> Parse.date("date", date));
			Parse.required(errors, "date", date);
			Parse.check(errors, () -> Parse.whole("attendance", attendance));
		}

		HeldActivity toHeld() {
			return new HeldActivity(title, Parse.date("date", date), Parse.whole("attendance", attendance), outcomes);
		}
	}

	record ReflectionForm(String reflection, String nextSteps) {
	}

	/** What became of a planned activity: {@code held} is "true" or "false"; participants and notes, or the reason. */
	record MarkForm(String held, String participants, String notes, String reason) {
		static final MarkForm EMPTY = new MarkForm(null, null, null, null);

		static MarkForm of(ActivityOutcome outcome) {
			return outcome == null ? EMPTY
					: new MarkForm(String.valueOf(outcome.held()),
							outcome.participants() == null ? null : outcome.participants().toString(), outcome.notes(),
							outcome.reason());
		}

		void check(BindingResult errors) {
			Parse.required(errors, "held", held);
			if (held != null && !held.isBlank() && !"true".equals(held) && !"false".equals(held)) {
				errors.rejectValue("held", "plan.error.required");
			}
			if (isHeld()) {
				Parse.check(errors, () -> Parse.whole("participants", participants));
			}
			else if ("false".equals(held)) {
				Parse.required(errors, "reason", reason);
			}
		}

		boolean isHeld() {
			return "true".equals(held);
		}

		Integer participantCount() {
			return Parse.whole("participants", participants);
		}
	}

	/** The secretariat's answer: {@code verdict} is "accepted" or "returned"; feedback is required when returned. */
	record ReviewForm(String verdict, String feedback) {
		static final ReviewForm EMPTY = new ReviewForm(null, null);

		void check(BindingResult errors) {
			if (!"accepted".equals(verdict) && !"returned".equals(verdict)) {
				errors.rejectValue("verdict", "monitoring.error.verdict");
			}
			else if ("returned".equals(verdict)) {
				Parse.required(errors, "feedback", feedback);
			}
		}

		boolean accepted() {
			return "accepted".equals(verdict);
		}
	}

}
