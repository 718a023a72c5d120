package org.inclusivecities.platform.events;

import java.time.YearMonth;

import org.inclusivecities.platform.plan.ActivityType;

/** Filters of the recovery calendar (null = any) and the zero-based page. */
public record CalendarQuery(String country, String city, ActivityType type, YearMonth month, int page, int size) {

	public static final CalendarQuery ALL = new CalendarQuery(null, null, null, null, 0, Integer.MAX_VALUE);

	public CalendarQuery withPage(int page) {
		return new CalendarQuery(country, city, type, month, page, size);
	}

	public static CalendarQuery ofCity(String slug) {
		return new CalendarQuery(null, slug, null, null, 0, Integer.MAX_VALUE);
	}

}
