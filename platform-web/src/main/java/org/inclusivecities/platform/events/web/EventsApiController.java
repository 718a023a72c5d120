package org.inclusivecities.platform.events.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.inclusivecities.platform.layout.SiteUrl;
import org.inclusivecities.platform.events.CalendarEvent;
import org.inclusivecities.platform.events.CalendarQueries;
import org.inclusivecities.platform.events.CalendarQuery;
import org.inclusivecities.platform.events.RecoveryCalendar;

import org.springframework.data.domain.Page;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Open data: the recovery calendar, with the page's filters; bad parameters are a 400 problem. */
@RestController
@RequestMapping("/api/v1/events")
@Tag(name = "Events", description = "Public recovery activities of member cities' published plans, and network meetings")
class EventsApiController {

	private static final String PROBLEM = "application/problem+json";

	private final RecoveryCalendar calendar;

	private final SiteUrl siteUrl;

	EventsApiController(RecoveryCalendar calendar, SiteUrl siteUrl) {
		this.siteUrl = siteUrl;
		this.calendar = calendar;
	}

	/** One page of events with navigation links (absolute URLs; null where there is none). */
	@Schema(name = "EventPage", description = "A page of calendar events")
	record EventPage(List<Item> items, int page, int size, long total, int totalPages, Links links) {

		record Links(String self, String first, String prev, String next, String last) {
		}

	}

	/** An event and the link to its page (a city's profile for an activity, a network meeting's own page). */
	@Schema(name = "Event")
	record Item(String uid, String title, String type, String startDate, String endDate, String place,
			Double latitude, Double longitude, List<String> aims, String cityName, String citySlug, String country,
			String url,
			@Schema(description = "Exact start with its offset, for events with times (network meetings); null for all-day activities") String startsAt,
			@Schema(description = "Exact end with its offset; null for all-day activities") String endsAt) {

		static Item of(CalendarEvent e, String base) {
			return new Item(e.uid(), e.title(), e.type() == null ? null : e.type().name(), e.startDate().toString(),
					e.endDate().toString(), e.place(), e.latitude(), e.longitude(),
					e.aims().stream().map(Enum::name).toList(), e.cityName(), e.citySlug(), e.country(), base + e.path(),
					e.timed() ? e.startsAt().toOffsetDateTime().toString() : null,
					e.timed() ? e.endsAt().toOffsetDateTime().toString() : null);
		}

	}

	@GetMapping
	@Operation(summary = "List public events", description = "Public activities of the latest published plan of every listed city; upcoming first (soonest first), then past ones.")
	@ApiResponse(responseCode = "200", description = "A page of events")
	@ApiResponse(responseCode = "400", description = "A parameter has a value the calendar does not accept",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	EventPage list(
			@Parameter(description = "ISO 3166-1 alpha-2 country code", example = "BE") @RequestParam(required = false) String country,
			@Parameter(description = "City slug", example = "gent") @RequestParam(required = false) String city,
			@Parameter(description = "Activity type", example = "RECOVERY_WALK") @RequestParam(required = false) String type,
			@Parameter(description = "Events on any day of this month (YYYY-MM)", example = "2026-09") @RequestParam(required = false) String month,
			@Parameter(description = "Zero-based page number", schema = @Schema(minimum = "0", defaultValue = "0")) @RequestParam(required = false) Integer page,
			@Parameter(description = "Page size", schema = @Schema(minimum = "1", maximum = "100", defaultValue = "20")) @RequestParam(required = false) Integer size) {
		CalendarQuery query = CalendarQueries.strict(new CalendarQueries.Params(country, city, type, month, page, size), 20);
		Page<CalendarEvent> result = calendar.search(query);
		String base = siteUrl.current();
		int last = Math.max(0, result.getTotalPages() - 1);
		return new EventPage(result.getContent().stream().map(e -> Item.of(e, base)).toList(), query.page(),
				query.size(), result.getTotalElements(), result.getTotalPages(),
				new EventPage.Links(link(query.page()), link(0),
						query.page() > 0 ? link(Math.min(query.page() - 1, last)) : null,
						query.page() < last ? link(query.page() + 1) : null, link(last)));
	}

	private String link(int page) {
		return siteUrl.currentRequest().replaceQueryParam("page", page).build().toUriString();
	}

}
