package org.inclusivecities.platform.events;

import java.util.List;

/**
 * Events of another feature that the recovery calendar shows beside the cities' activities (and in its iCalendar
 * feeds and API), without the calendar naming that feature: every bean implementing this is asked. A source applies
 * the query's filters itself (country and city of the organiser, type, month) and ignores its paging.
 */
public interface CalendarSource {

	List<CalendarEvent> events(CalendarQuery query);

}
