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

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Network meetings on the recovery calendar, read through their public view: every meeting not cancelled, with its
 * exact times. The calendar's filters apply as to activities: a city (or country) shows the meetings that city (or
 * a city of that country) organises, none of the secretariat's; a type of activity shows none (a meeting is not an
 * activity of a plan); a month shows those on a day of it. The secretariat is named in the reader's language.
 */
@Component
class MeetingCalendar implements CalendarSource {

	private final PublicMeetings meetings;

	private final Cities cities;

	private final MessageSource messages;

	MeetingCalendar(PublicMeetings meetings, Cities cities, MessageSource messages) {
		this.meetings = meetings;
		this.cities = cities;
		this.messages = messages;
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

	/**
	 * The calendar's (and iCalendar's) public view of one meeting; {@code city} its organiser, null for the
	 * secretariat. An online meeting's location says the link goes to those registered, never the link.
	 */
	CalendarEvent of(PublicMeeting m, City city) {
		return of(m, city, m.online() ? messages.getMessage("meetings.online.linkSent", null,
				LocaleContextHolder.getLocale()) : m.place());
	}

	/** As {@link #of(PublicMeeting, City)}, with {@code where} as its location (a registrant's: the online link). */
	CalendarEvent of(PublicMeeting m, City city, String where) {
		String organiser = m.bySecretariat()
				? messages.getMessage("meetings.organiser.secretariat", null, LocaleContextHolder.getLocale())
				: m.organiserName();
		return CalendarEvent.timed("meeting-" + m.id() + "@inclusive-cities", m.title(), "meetings.kind." + m.kind(),
				"/meetings/" + m.id(), m.start(), m.end(), where, m.latitude(),
				m.longitude(), organiser, city == null ? null : city.getSlug(),
				city == null ? null : city.getCountry(), m.announcedAt(), m.description(), m.cancelled(), m.sequence());
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
