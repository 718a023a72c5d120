package org.inclusivecities.platform.events.web;

import java.time.Clock;
import java.time.LocalDate;

import org.inclusivecities.platform.events.CalendarFeeds;
import org.inclusivecities.platform.events.RecoveryCalendar;
import org.inclusivecities.platform.events.RecoveryCalendar.PublicActivity;
import org.inclusivecities.platform.layout.SiteUrl;
import org.inclusivecities.platform.refusal.NotFound;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public page of a city's public activity (from its latest published plan, through the public view): what it
 * is, its aims and description, when (times of day, every repetition to come) and where; and its iCalendar entry.
 */
@Controller
class ActivityPageController {

	private static final int UPCOMING = 6;

	private final RecoveryCalendar calendar;

	private final CalendarFeeds feeds;

	private final SiteUrl siteUrl;

	private final Clock clock;

	ActivityPageController(RecoveryCalendar calendar, CalendarFeeds feeds, SiteUrl siteUrl, Clock clock) {
		this.calendar = calendar;
		this.feeds = feeds;
		this.siteUrl = siteUrl;
		this.clock = clock;
	}

	@GetMapping("/cities/{slug}/activities/{id}")
	String page(@PathVariable String slug, @PathVariable String id, Model model) {
		PublicActivity found = find(slug, id);
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("city", found.city());
		model.addAttribute("activity", found.activity());
		model.addAttribute("upcoming",
				found.events().stream().filter(e -> !e.endDate().isBefore(today)).limit(UPCOMING).toList());
		return "events/activity";
	}

	@GetMapping("/cities/{slug}/activities/{id}.ics")
	ResponseEntity<String> ics(@PathVariable String slug, @PathVariable String id) {
		PublicActivity found = find(slug, id);
		return ResponseEntity.ok()
			.contentType(EventFeedsController.CALENDAR)
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"activity.ics\"")
			.body(feeds.icalendar(found.events(), siteUrl.current()));
	}

	private PublicActivity find(String slug, String id) {
		return calendar.activity(slug, id).orElseThrow(() -> new ActivityNotFound());
	}

	/** No listed city with that address shows a public activity with that id (404). */
	static class ActivityNotFound extends NotFound {

		ActivityNotFound() {
			super("No such public activity");
		}

	}

}
