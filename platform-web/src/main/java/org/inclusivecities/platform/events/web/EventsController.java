package org.inclusivecities.platform.events.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.directory.Countries;
import org.inclusivecities.platform.directory.MapProperties;
import org.inclusivecities.platform.events.CalendarEvent;
import org.inclusivecities.platform.events.CalendarQueries;
import org.inclusivecities.platform.events.CalendarQuery;
import org.inclusivecities.platform.events.RecoveryCalendar;
import org.inclusivecities.platform.layout.Choice;
import org.inclusivecities.platform.layout.Pagination;
import org.inclusivecities.platform.plan.ActivityType;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The recovery calendar page: a GET form of filters, a paginated list (upcoming first) and the directory's map
 * of the same result set. Values the calendar does not accept are dropped and explained, never a 500.
 */
@Controller
class EventsController {

	static final int PAGE_SIZE = 20;

	private final RecoveryCalendar calendar;

	private final MapProperties map;

	private final MessageSource messages;

	EventsController(RecoveryCalendar calendar, MapProperties map, MessageSource messages) {
		this.calendar = calendar;
		this.messages = messages;
		this.map = map;
	}

	@GetMapping("/events")
	String events(@RequestParam(required = false) String country, @RequestParam(required = false) String city,
			@RequestParam(required = false) String type, @RequestParam(required = false) String month,
			@RequestParam(required = false) String page, Locale locale, Model model) {
		CalendarQueries.Lenient parsed = CalendarQueries
			.lenient(new CalendarQueries.Params(country, city, type, month, pageIndex(page), PAGE_SIZE), PAGE_SIZE);
		CalendarQuery query = parsed.query();
		Page<CalendarEvent> results = calendar.search(query);
		if (results.getTotalPages() > 0 && query.page() >= results.getTotalPages()) {
			query = query.withPage(results.getTotalPages() - 1);
			results = calendar.search(query);
		}
		CalendarQuery shown = query;
		List<City> cities = calendar.cities();
		model.addAttribute("query", query);
		model.addAttribute("month", month == null ? "" : month.strip());
		model.addAttribute("fieldErrors", parsed.errors().stream().collect(java.util.stream.Collectors.toMap(
				e -> e.parameter(), e -> e.messageKey(), (a, b) -> a, java.util.LinkedHashMap::new)));
		model.addAttribute("results", results);
		model.addAttribute("pagination", Pagination.of(query.page(), results.getTotalPages(), i -> href("/events", shown, i)));
		model.addAttribute("countries", Choice.byLabel(cities.stream().map(City::getCountry).distinct()
			.map(c -> new Choice(c, Countries.countryName(c, locale))), locale));
		model.addAttribute("cities", Choice.byLabel(cities.stream().map(c -> new Choice(c.getSlug(), c.getName())), locale));
		model.addAttribute("types", Arrays.stream(ActivityType.values())
			.map(t -> new Choice(t.name(), messages.getMessage("plan.type." + t.name(), null, locale)))
			.toList());
		model.addAttribute("map", map);
		model.addAttribute("mapSource", UriComponentsBuilder.fromUriString(href("/api/v1/events", query, null))
			.queryParam("size", 100).build().toUriString());
		model.addAttribute("ics", query.city() == null ? "/events.ics" : "/cities/" + query.city() + "/events.ics");
		return "events/events";
	}

	private static Integer pageIndex(String page) {
		try {
			return page == null || page.isBlank() ? 0 : Math.max(0, Integer.parseInt(page.strip()) - 1);
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	/** The link of the same filters on another page (zero-based; the page link is 1-based), or without a page. */
	static String href(String path, CalendarQuery query, Integer page) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
		param(uri, "country", query.country());
		param(uri, "city", query.city());
		param(uri, "type", query.type() == null ? null : query.type().name());
		param(uri, "month", query.month() == null ? null : query.month().toString());
		if (page != null && page > 0) {
			uri.queryParam("page", page + 1);
		}
		return uri.encode().build().toUriString();
	}

	private static void param(UriComponentsBuilder uri, String name, String value) {
		if (value != null) {
			uri.queryParam(name, value);
		}
	}

}
