package org.inclusivecities.platform.directory;

import java.time.Clock;
import java.util.Date;

import org.bson.Document;
import org.inclusivecities.platform.city.City;

import org.springframework.data.mongodb.core.mapping.event.BeforeSaveCallback;
import org.springframework.stereotype.Component;

/**
 * Stamps every saved city with {@code updatedAt} (in the stored document only; the aggregate does not carry it),
 * the change marker every instance's {@link DirectoryFollower} polls.
 */
@Component
class DirectoryChangeStamp implements BeforeSaveCallback<City> {

	static final String FIELD = "updatedAt";

	private final Clock clock;

	DirectoryChangeStamp(Clock clock) {
		this.clock = clock;
	}

	@Override
	public City onBeforeSave(City city, Document document, String collection) {
		document.put(FIELD, Date.from(clock.instant()));
		return city;
	}

}
