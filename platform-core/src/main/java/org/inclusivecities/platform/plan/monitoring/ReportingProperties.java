package org.inclusivecities.platform.plan.monitoring;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The yearly reporting cycle.
 *
 * @param reminderDays how many days before the deadline (31 March) the city's admins and council members are reminded
 * of a report still owed, once per entry
 * @param reminderCron when the reminder job looks (UTC)
 */
@ConfigurationProperties("platform.core.reporting")
public record ReportingProperties(@DefaultValue({ "60", "14" }) List<Integer> reminderDays,
		@DefaultValue("0 15 6 * * *") String reminderCron) {

	public ReportingProperties {
		reminderDays = List.copyOf(reminderDays);
		if (reminderDays.stream().anyMatch(d -> d == null || d < 1 || d > 365)) {
			throw new IllegalArgumentException("platform.core.reporting.reminder-days: whole days from 1 to 365");
		}
		reminderDays = reminderDays.stream().sorted(java.util.Comparator.reverseOrder()).distinct().toList();
	}

}
