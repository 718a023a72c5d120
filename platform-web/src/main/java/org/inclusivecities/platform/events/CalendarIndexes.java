package org.inclusivecities.platform.events;

import org.inclusivecities.platform.city.City;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/** The index the calendar's one-city selection needs (listed status, then slug). Creation is idempotent. */
@Component
class CalendarIndexes implements SmartInitializingSingleton {

	private final MongoTemplate mongo;

	CalendarIndexes(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public void afterSingletonsInstantiated() {
		mongo.indexOps(City.class)
			.createIndex(new Index().on("status", Direction.ASC).on("slug", Direction.ASC).named("calendar_status_slug"));
	}

}
