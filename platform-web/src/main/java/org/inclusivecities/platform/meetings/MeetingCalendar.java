package org.inclusivecities.platform.meetings;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.events.CalendarEvent;
import org.inclusivecities.platform.events.CalendarQuery;
import org.inclusivecities.platform.events.CalendarSource;

import org.springframework.stereotype.Component;

/**
 * Network meetings on the recovery calendar, read through their public view: every meeting not cancelled, with its
 * exact times. The calendar's filters apply as to activities: a city (or country) shows the meetings that city (or
 * a city of that country) organises, none of the secretariat's; a type of activity shows none (a meeting is not an
 * activity of a plan); a month shows those on a day of it.
 */
@Component
class MeetingCalendar implements CalendarSource {

	private final PublicMeetings meetings;

	private final Cities cities;

	MeetingCalendar(PublicMeetings meetings, Cities cities) {
		this.meetings = meetings;
		this.cities = cities;
	}

	@Override
	public List<CalendarEvent> events(CalendarQuery query) {
		if (query.type() != null) {
			return List.of();
		}
		List<PublicMeeting> announced = meetings.announced();
		Map<String, City> organisers = cities
			.findAllByIdIn(announced.stream().map(PublicMeeting::cityId).filter(Objects::nonNull).distinct().toList())
			.stream()
			.collect(Collectors.toMap(City::getId, Function.identity()));
		return announced.stream()
			.filter(m -> matches(m, organisers.get(m.cityId()), query))
			.map(m -> of(m, organisers.get(m.cityId())))
			.toList();
	}

	/** The calendar's (and iCalendar's) view of one meeting; {@code city} its organiser, null for the secretariat. */
	static CalendarEvent of(PublicMeeting m, City city) {
		return CalendarEvent.timed("meeting-" + m.id() + "@inclusive-cities", m.title(), "meetings.kind." + m.kind(),
				"/meetings/" + m.id(), m.start(), m.end(), m.online() ? m.link() : m.place(), m.latitude(),
				m.longitude(), m.organiserName(), city == null ? null : city.getSlug(),
				city == null ? null : city.getCountry(), m.announcedAt(), m.description());
	}

	private static boolean matches(PublicMeeting m, City city, CalendarQuery query) {
		if ((query.city() != null || query.country() != null) && city == null) {
			return false;
		}
		if (query.city() != null && !query.city().equals(city.getSlug())) {
			return false;
		}
		if (query.country() != null && !query.country().equals(city.getCountry())) {
			return false;
		}
		return query.month() == null || (!m.start().toLocalDate().isAfter(query.month().atEndOfMonth())
				&& !m.end().toLocalDate().isBefore(query.month().atDay(1)));
	}

}
