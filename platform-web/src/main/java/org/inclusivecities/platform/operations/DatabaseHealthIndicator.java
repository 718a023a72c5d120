package org.inclusivecities.platform.operations;

import org.bson.Document;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Readiness of the database with a {@code ping}, which every MongoDB and the embedded server answer
 * (Spring Boot's own indicator sends {@code hello}, which the embedded server does not know).
 */
@Component("database")
class DatabaseHealthIndicator extends AbstractHealthIndicator {

	private final MongoTemplate mongo;

	DatabaseHealthIndicator(MongoTemplate mongo) {
		super("Database not reachable");
		this.mongo = mongo;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		Document result = mongo.executeCommand(new Document("ping", 1));
		builder.status(result.get("ok", Number.class).intValue() == 1 ? "UP" : "DOWN");
	}

}
