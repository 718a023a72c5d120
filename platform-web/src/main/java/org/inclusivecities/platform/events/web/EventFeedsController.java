package org.inclusivecities.platform.events.web;

import java.util.Locale;

import org.inclusivecities.platform.layout.SiteUrl;
import org.inclusivecities.platform.city.CityNotFound;
import org.inclusivecities.platform.directory.MemberDirectory;
import org.inclusivecities.platform.events.CalendarEvent;
import org.inclusivecities.platform.events.CalendarFeeds;
import org.inclusivecities.platform.events.CalendarQuery;
import org.inclusivecities.platform.events.RecoveryCalendar;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The calendar for calendar apps (iCalendar, all or one city) and feed readers (Atom of new events). */
@Controller
class EventFeedsController {

	static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

	private static final int FEED_SIZE = 50;

	private final RecoveryCalendar calendar;

	private final CalendarFeeds feeds;

	private final MemberDirectory directory;

	private final MessageSource messages;

	private final SiteUrl siteUrl;

	EventFeedsController(RecoveryCalendar calendar, CalendarFeeds feeds, MemberDirectory directory,
			MessageSource messages, SiteUrl siteUrl) {
		this.siteUrl = siteUrl;
		this.calendar = calendar;
		this.feeds = feeds;
		this.directory = directory;
		this.messages = messages;
	}

	@GetMapping("/events.ics")
	ResponseEntity<String> all() {
		return ics(feeds.icalendar(calendar.all(CalendarQuery.ALL), base()), "recovery-calendar.ics");
	}

	@GetMapping("/cities/{slug}/events.ics")
	ResponseEntity<String> city(@PathVariable String slug) {
		var city = directory.find(slug).orElseThrow(() -> new CityNotFound(slug));
		return ics(feeds.icalendar(calendar.all(CalendarQuery.ofCity(city.getSlug())), base()),
				city.getSlug() + "-events.ics");
	}

	@GetMapping("/events.atom")
	ResponseEntity<String> atom(Locale locale) {
		String atom = feeds.atom(calendar.newest(FEED_SIZE), base(), messages.getMessage("events.atom.title", null, locale),
				messages.getMessage("events.atom.description", null, locale), e -> text(e, locale));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
			.body(atom);
	}

	private String text(CalendarEvent e, Locale locale) {
		return messages.getMessage("events.atom.entry", new Object[] { e.startDate().toString(),
				e.endDate().toString(), e.place(), e.cityName(), messages.getMessage(e.labelKey(), null, locale) },
				locale);
	}

	private static ResponseEntity<String> ics(String body, String filename) {
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + filename + "\"")
			.body(body);
	}

	private String base() {
		return siteUrl.current();
	}

}
