package org.inclusivecities.platform.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.inclusivecities.platform.plan.Activity;
import org.inclusivecities.platform.plan.ActivityType;
import org.inclusivecities.platform.plan.Aim;
import org.inclusivecities.platform.city.City;

/**
 * A public activity of a listed city's latest published plan, as the recovery calendar shows it. The uid is
 * stable across plan versions (the activity keeps its id when edited), so calendar clients update, not duplicate.
 */
public record CalendarEvent(String uid, String title, ActivityType type, LocalDate startDate, LocalDate endDate,
		String place, Double latitude, Double longitude, List<Aim> aims, String cityName, String citySlug,
		String country, Instant firstPublishedAt) {

	static CalendarEvent of(City city, Activity activity, Instant firstPublishedAt) {
		return new CalendarEvent("activity-" + activity.id() + "@inclusive-cities", activity.title(), activity.type(),
				activity.startDate(), activity.endDate(), activity.place().name(), activity.place().latitude(),
				activity.place().longitude(), activity.aims().stream().sorted().toList(), city.getName(),
				city.getSlug(), city.getCountry(), firstPublishedAt);
	}

	public boolean located() {
		return latitude != null && longitude != null;
	}

}
