package org.inclusivecities.platform.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The session where stakeholders hear about the charter and how the city will put it into practice: when and where,
 * who was invited, how many came of each stakeholder group, what came out of it, and the plan to keep the
 * stakeholders engaged afterwards.
 */
public record KickOff(LocalDate date, String place, String stakeholdersInvited, List<Attendance> attendance,
		String outcomeNotes, String followUp) implements PartContent {

	public static final KickOff EMPTY = new KickOff(null, null, null);

	/** A kick-off with its date, invitations and outcomes only. */
	public KickOff(LocalDate date, String stakeholdersInvited, String outcomeNotes) {
		this(date, null, stakeholdersInvited, List.of(), outcomeNotes, null);
	}

	public KickOff {
		place = Texts.clean("place", place, Texts.SHORT);
		stakeholdersInvited = Texts.clean("stakeholdersInvited", stakeholdersInvited, Texts.LONG);
		outcomeNotes = Texts.clean("outcomeNotes", outcomeNotes, Texts.LONG);
		followUp = Texts.clean("followUp", followUp, Texts.LONG);
		attendance = attendance == null ? List.of()
				: attendance.stream()
					.filter(a -> a.count() > 0)
					.sorted(java.util.Comparator.comparing(Attendance::group))
					.toList();
		if (attendance.stream().map(Attendance::group).distinct().count() < attendance.size()) {
			throw new InvalidPlanContent("attendance", "plan.error.duplicateGroup");
		}
		if (date != null && (date.getYear() < 2000 || date.getYear() > 2100)) {
			throw new InvalidPlanContent("date", "plan.error.dateRange");
		}
	}

	/** How many came in all. */
	public int attendees() {
		return attendance.stream().mapToInt(Attendance::count).sum();
	}

	/** How many came of one group (0 when none). */
	public int attendees(AttendeeGroup group) {
		return attendance.stream().filter(a -> a.group() == group).mapToInt(Attendance::count).sum();
	}

	@Override
	public List<Map<String, String>> rows() {
		var row = Rows.row("date", date, "place", place, "stakeholdersInvited", stakeholdersInvited, "attendance",
				attendance.isEmpty() ? null
						: String.join(", ", attendance.stream().map(a -> a.group() + " " + a.count()).toList()),
				"outcomeNotes", outcomeNotes, "followUp", followUp);
		return row.isEmpty() ? List.of() : List.of(row);
	}

}
