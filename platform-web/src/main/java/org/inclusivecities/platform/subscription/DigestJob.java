package org.inclusivecities.platform.subscription;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.inclusivecities.platform.events.CalendarEvent;
import org.inclusivecities.platform.events.RecoveryCalendar;
import org.inclusivecities.platform.mail.Mailer;
import org.inclusivecities.platform.practice.PublishedPractice;
import org.inclusivecities.platform.practice.PublishedPractices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a day, mails each confirmed subscriber whose week or month is up the practices first published and the
 * upcoming events first announced since their last digest. Nothing new, no mail (and the window stays open).
 */
@Component
class DigestJob {

	private static final Logger log = LoggerFactory.getLogger(DigestJob.class);

	/** More than this many new practices in one digest would be a different kind of mail. */
	private static final int MAX_PRACTICES = 200;

	private final Subscriptions subscriptions;

	private final PublishedPractices practices;

	private final RecoveryCalendar calendar;

	private final Mailer mailer;

	private final Clock clock;

	DigestJob(Subscriptions subscriptions, PublishedPractices practices, RecoveryCalendar calendar, Mailer mailer,
			Clock clock) {
		this.subscriptions = subscriptions;
		this.practices = practices;
		this.calendar = calendar;
		this.mailer = mailer;
		this.clock = clock;
	}

	@Scheduled(cron = "${platform.web.subscription.digest-cron:0 0 7 * * *}", zone = "UTC")
	@SchedulerLock(name = "subscription-digest", lockAtMostFor = "PT30M")
	void sendDue() {
		Instant now = clock.instant();
		List<Subscription> due = subscriptions.findAllByStatus(Subscription.Status.CONFIRMED)
			.stream()
			.filter(s -> s.due(now))
			.toList();
		if (due.isEmpty()) {
			return;
		}
		List<PublishedPractice> recent = practices.recent(MAX_PRACTICES);
		LocalDate today = LocalDate.ofInstant(now, clock.getZone());
		List<CalendarEvent> upcoming = calendar.newest(Integer.MAX_VALUE)
			.stream()
			.filter(e -> !e.endDate().isBefore(today))
			.toList();
		int sent = 0;
		for (Subscription subscription : due) {
			Instant since = subscription.since();
			List<PublishedPractice> newPractices = recent.stream()
				.filter(p -> p.firstPublishedAt() != null && p.firstPublishedAt().isAfter(since)
						&& !p.firstPublishedAt().isAfter(now))
				.toList();
			List<CalendarEvent> newEvents = upcoming.stream()
				.filter(e -> e.firstPublishedAt() != null && e.firstPublishedAt().isAfter(since)
						&& !e.firstPublishedAt().isAfter(now))
				.toList();
			if (newPractices.isEmpty() && newEvents.isEmpty()) {
				continue;
			}
			send(subscription, newPractices, newEvents, now);
			sent++;
		}
		// counts only: addresses are personal data
		log.info("Subscription digest: {} due, {} sent", due.size(), sent);
	}

	private void send(Subscription subscription, List<PublishedPractice> newPractices, List<CalendarEvent> newEvents,
			Instant now) {
		String token = subscription.issueUnsubscribeToken();
		subscription.digestSent(now);
		subscriptions.save(subscription);
		Map<String, Object> model = new HashMap<>();
		model.put("siteUrl", subscription.getSiteUrl());
		model.put("practices", newPractices);
		model.put("events", newEvents);
		model.put("frequency", subscription.getFrequency().name());
		String unsubscribeLink = subscription.getSiteUrl() + "/unsubscribe/" + token;
		model.put("unsubscribeLink", unsubscribeLink);
		// RFC 2369 + RFC 8058: mail clients show their own unsubscribe button and POST to the link
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("List-Unsubscribe", "<" + unsubscribeLink + ">");
		headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		mailer.send(subscription.getEmail(), subscription.getLanguage().locale(), "subscription-digest", model,
				headers);
	}

}
