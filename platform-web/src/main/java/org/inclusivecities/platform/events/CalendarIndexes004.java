package org.inclusivecities.platform.events;

import io.mongock.api.annotations.ChangeUnit;
import io.mongock.api.annotations.Execution;
import io.mongock.api.annotations.RollbackExecution;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.database.DatabaseStartupTask;

import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;

/** The index the calendar's one-city selection needs (listed status, then slug). */
@ChangeUnit(id = "calendar-indexes", order = "004", author = "inclusive-cities")
public class CalendarIndexes004 {

	@Execution
	public void createIndexes(MongoTemplate mongo) {
		mongo.indexOps(City.class)
			.createIndex(new Index().on("status", Direction.ASC).on("slug", Direction.ASC).named("calendar_status_slug"));
	}

	@RollbackExecution
	public void keepIndexes() {
	}

}
