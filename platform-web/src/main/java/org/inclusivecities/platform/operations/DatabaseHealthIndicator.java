package org.inclusivecities.platform.operations;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.bson.Document;
import org.inclusivecities.platform.database.DatabaseStartup;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Readiness of the database, answered within {@link #LIMIT}: DOWN until the start-up work (migrations, indexes,
 * warm-up) is done, and DOWN when a {@code ping} (which every MongoDB and the embedded server answer; Spring Boot's
 * own indicator sends {@code hello}, which the embedded server does not know) gets no answer in time, so a probe
 * never waits for the driver's timeouts.
 */
@Component("database")
class DatabaseHealthIndicator implements HealthIndicator {

	static final Duration LIMIT = Duration.ofMillis(700);

	private final MongoTemplate mongo;

	private final DatabaseStartup startup;

	private final Executor pings = Executors.newVirtualThreadPerTaskExecutor();

	DatabaseHealthIndicator(MongoTemplate mongo, DatabaseStartup startup) {
		this.mongo = mongo;
		this.startup = startup;
	}

	@Override
	public Health health() {
		if (!startup.done()) {
			return Health.down().withDetail("reason", "start-up work waits for the database").build();
		}
		try {
			Document result = CompletableFuture.supplyAsync(() -> mongo.executeCommand(new Document("ping", 1)), pings)
				.get(LIMIT.toMillis(), TimeUnit.MILLISECONDS);
			return result.get("ok", Number.class).intValue() == 1 ? Health.up().build() : Health.down().build();
		}
		catch (TimeoutException ex) {
			return Health.down().withDetail("reason", "no answer within " + LIMIT.toMillis() + " ms").build();
		}
		catch (ExecutionException ex) {
			return Health.down().withDetail("reason", "Database not reachable").build();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Health.down().build();
		}
	}

}
