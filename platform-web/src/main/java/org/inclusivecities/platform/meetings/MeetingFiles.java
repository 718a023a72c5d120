package org.inclusivecities.platform.meetings;

import java.util.List;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.events.CalendarFeeds;

import org.springframework.stereotype.Component;

/** One meeting as an iCalendar file, written by the recovery calendar's writer from the meeting's public view. */
@Component
public class MeetingFiles {

	private final CalendarFeeds feeds;

	private final Cities cities;

	MeetingFiles(CalendarFeeds feeds, Cities cities) {
		this.feeds = feeds;
		this.cities = cities;
	}

	public String icalendar(PublicMeeting meeting, String base) {
		var city = meeting.cityId() == null ? null : cities.findById(meeting.cityId()).orElse(null);
		return feeds.icalendar(List.of(MeetingCalendar.of(meeting, city)), base);
	}

}
