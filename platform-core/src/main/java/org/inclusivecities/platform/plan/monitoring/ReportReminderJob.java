package org.inclusivecities.platform.plan.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.inclusivecities.platform.city.Cities;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tells each city that owes last year's report, once per step: a reminder the configured numbers of days before 31
 * March (only the nearest step not yet sent, so a city that joins the cycle late gets one mail, not three), and the
 * on-hold notice once the deadline has passed. The release is told when the report is submitted. Each notice is
 * recorded before it is sent, so retries and other instances never send it twice.
 */
@Component
public class ReportReminderJob {

	private static final Logger log = LoggerFactory.getLogger(ReportReminderJob.class);

	private final ReportOverview overview;

	private final ReportNotices notices;

	private final ReportMail mail;

	private final ReportingProperties properties;

	private final Cities cities;

	private final Clock clock;

	ReportReminderJob(ReportOverview overview, ReportNotices notices, ReportMail mail, ReportingProperties properties,
			Cities cities, Clock clock) {
		this.overview = overview;
		this.notices = notices;
		this.mail = mail;
		this.properties = properties;
		this.cities = cities;
		this.clock = clock;
	}

	@Scheduled(cron = "${platform.core.reporting.reminder-cron:0 15 6 * * *}", zone = "UTC")
	@SchedulerLock(name = "monitoring-report-reminders", lockAtMostFor = "PT30M")
	public void run() {
		LocalDate today = LocalDate.now(clock);
		ReportOverview.Year year = overview.of(today.getYear() - 1);
		long daysLeft = ChronoUnit.DAYS.between(today, year.dueBy());
		java.util.Map<String, String> kinds = new java.util.LinkedHashMap<>();
		for (ReportOverview.Line line : year.lines()) {
			String kind = kind(line.state(), daysLeft);
			if (kind != null && record(line.cityId(), year.year(), kind)) {
				kinds.put(line.cityId(), kind);
			}
		}
		int sent = 0;
		for (var city : cities.findAllByIdIn(kinds.keySet())) {
			if (kinds.get(city.getId()).equals("on-hold")) {
				mail.onHold(city, year.year());
			}
			else {
				mail.reminder(city, year.year(), year.dueBy(), (int) daysLeft);
			}
			sent++;
		}
		if (sent > 0) {
			log.info("Reporting cycle {}: {} notices sent", year.year(), sent);
		}
	}

	/** The notice a city in this state should have by now, or null: the nearest reminder step reached, or on hold. */
	private String kind(ReportOverview.State state, long daysLeft) {
		if (state == ReportOverview.State.OVERDUE) {
			return "on-hold";
		}
		if (state != ReportOverview.State.DUE) {
			return null;
		}
		Integer step = null;
		for (int days : properties.reminderDays()) {
			if (daysLeft <= days) {
				step = days;
			}
		}
		return step == null ? null : "reminder-" + step;
	}

	/** Records the notice; false when it was recorded already (sent before, here or by another instance). */
	private boolean record(String cityId, int year, String kind) {
		try {
			notices.insert(ReportNotice.of(cityId, year, kind, clock.instant()));
			return true;
		}
		catch (DuplicateKeyException sentBefore) {
			return false;
		}
	}

}
