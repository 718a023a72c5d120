package org.inclusivecities.platform.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.inclusivecities.platform.scoring.Recommendation;

/**
 * The secretariat's decision with its reasons; conditions (with due dates) when accredited with conditions;
 * a validity end and a verification code when accredited.
 */
public record Decision(Recommendation outcome, String reasons, List<Condition> conditions, Instant decidedAt,
		String decidedBy, LocalDate validUntil, String certificateCode) {

	public Decision {
		conditions = conditions == null ? List.of() : List.copyOf(conditions);
	}

	public boolean accredits() {
		return outcome != Recommendation.NOT_YET;
	}

	/** A condition the city must meet by a date. */
	public record Condition(String text, LocalDate dueBy) {
	}

}
