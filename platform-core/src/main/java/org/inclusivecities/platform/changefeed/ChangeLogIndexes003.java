package org.inclusivecities.platform.changefeed;

import io.mongock.api.annotations.ChangeUnit;
import io.mongock.api.annotations.Execution;
import io.mongock.api.annotations.RollbackExecution;

import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;

/** The change log is polled and trimmed by the time of its entries. */
@ChangeUnit(id = "change-log-indexes", order = "003", author = "inclusive-cities")
public class ChangeLogIndexes003 {

	@Execution
	public void createIndexes(MongoTemplate mongo) {
		mongo.indexOps(ChangeLog.COLLECTION).createIndex(new Index().on(ChangeLog.AT, Direction.ASC).named("change_log_at"));
	}

	@RollbackExecution
	public void keepIndexes() {
	}

}
