package org.inclusivecities.platform.meetings;

import java.util.List;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.events.CalendarFeeds;

import org.springframework.stereotype.Component;

/**
 * One meeting as an iCalendar file, written by the recovery calendar's writer from the meeting's public view (or, for
 * a registrant with a seat, that view with the online link).
 */
@Component
public class MeetingFiles {

	private final CalendarFeeds feeds;

	private final Cities cities;

	private final MeetingCalendar calendar;

	MeetingFiles(CalendarFeeds feeds, Cities cities, MeetingCalendar calendar) {
		this.feeds = feeds;
		this.cities = cities;
		this.calendar = calendar;
	}

	public String icalendar(PublicMeeting meeting, String base) {
		return feeds.icalendar(List.of(calendar.of(meeting, organiser(meeting))), base);
	}

	/**
	 * The registrant's own calendar file (linked from their mails): with the online link as its location when they
	 * have a seat, else as the public one.
	 */
	public String icalendar(NetworkMeetings.Keyed keyed, String base) {
		PublicMeeting meeting = PublicMeeting.of(keyed.event());
		City city = organiser(meeting);
		return feeds.icalendar(List.of(meeting.online() && keyed.seated()
				? calendar.of(meeting, city, keyed.event().getLink()) : calendar.of(meeting, city)), base);
	}

	private City organiser(PublicMeeting meeting) {
		return meeting.cityId() == null ? null : cities.findById(meeting.cityId()).orElse(null);
	}

}
