package org.inclusivecities.platform.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The session where stakeholders hear about the charter and how the city will put it into practice. */
public record KickOff(LocalDate date, String stakeholdersInvited, String outcomeNotes) implements PartContent {

	public static final KickOff EMPTY = new KickOff(null, null, null);

	public KickOff {
		stakeholdersInvited = Texts.clean("stakeholdersInvited", stakeholdersInvited, Texts.LONG);
		outcomeNotes = Texts.clean("outcomeNotes", outcomeNotes, Texts.LONG);
		if (date != null && (date.getYear() < 2000 || date.getYear() > 2100)) {
			throw new InvalidPlanContent("date", "plan.error.dateRange");
		}
	}

	@Override
	public List<Map<String, String>> rows() {
		var row = Rows.row("date", date, "stakeholdersInvited", stakeholdersInvited, "outcomeNotes", outcomeNotes);
		return row.isEmpty() ? List.of() : List.of(row);
	}

}
