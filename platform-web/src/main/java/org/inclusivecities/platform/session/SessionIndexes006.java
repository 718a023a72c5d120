package org.inclusivecities.platform.session;

import java.util.concurrent.TimeUnit;

import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import io.mongock.api.annotations.ChangeUnit;
import io.mongock.api.annotations.Execution;
import io.mongock.api.annotations.RollbackExecution;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * MongoDB removes a shared session at its {@code expireAt} (servers without TTL support keep the index as a plain
 * one, and {@link ExpiredSessions} removes them); a person's sessions are found by person id, to end them all when
 * their password or roles change.
 */
@ChangeUnit(id = "session-ttl-index", order = "006", author = "inclusive-cities")
public class SessionIndexes006 {

	@Execution
	public void createIndexes(MongoTemplate mongo) {
		mongo.getCollection(MongoSessions.COLLECTION)
			.createIndex(Indexes.ascending("expireAt"), new IndexOptions().name("session_ttl").expireAfter(0L, TimeUnit.SECONDS));
		mongo.getCollection(MongoSessions.COLLECTION)
			.createIndex(Indexes.ascending(MongoSessions.PERSON), new IndexOptions().name("session_person"));
	}

	@RollbackExecution
	public void keepIndexes() {
	}

}
