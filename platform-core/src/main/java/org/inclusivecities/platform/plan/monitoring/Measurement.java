package org.inclusivecities.platform.plan.monitoring;

import java.time.LocalDate;
import java.util.UUID;

import org.inclusivecities.platform.plan.InvalidPlanContent;
import org.inclusivecities.platform.plan.Texts;

/** One observed value of an indicator. */
public record Measurement(String id, LocalDate date, double value, String source, String note) {

	public Measurement {
		id = id == null || id.isBlank() ? UUID.randomUUID().toString() : id;
		if (date == null) {
			throw new InvalidPlanContent("date", "plan.error.required");
		}
		Values.check("date", date);
		Values.check("value", value);
		source = Texts.clean("source", source, Texts.SHORT);
		note = Texts.clean("note", note, Texts.LONG);
	}

}
