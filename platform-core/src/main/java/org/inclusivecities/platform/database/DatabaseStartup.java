package org.inclusivecities.platform.database;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link DatabaseStartupTask}s. With the database there (the usual case) they run during start-up, as
 * before: schema work once all beans exist, warm-ups once the application has started. When the database is away
 * the instance still starts: the tasks are retried in the background every {@code platform.database.startup-retry}
 * and {@link #done()} stays false (readiness DOWN) until all of them ran. A failure that is not the database being
 * away (a broken migration) still stops the start.
 */
@Component
public class DatabaseStartup implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(DatabaseStartup.class);

	private final List<DatabaseStartupTask> tasks;

	private final DatabaseProperties properties;

	private final Set<DatabaseStartupTask> finished = ConcurrentHashMap.newKeySet();

	private volatile boolean started;

	private volatile Thread retrying;

	private final MongoTemplate mongo;

	DatabaseStartup(ObjectProvider<DatabaseStartupTask> tasks, DatabaseProperties properties, MongoTemplate mongo) {
		this.tasks = tasks.orderedStream().toList();
		this.properties = properties;
		this.mongo = mongo;
	}

	/** Whether every start-up task ran, so the instance may take traffic. */
	public boolean done() {
		return finished.size() == tasks.size();
	}

	@Override
	public void afterSingletonsInstantiated() {
		attemptOrRetry();
	}

	/** Before every other ready listener: the warm-ups are part of the start (the ready banner comes after them). */
	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void applicationStarted() {
		started = true;
		attemptOrRetry();
	}

	private void attemptOrRetry() {
		if (retrying != null) {
			return;
		}
		try {
			runDue();
		}
		catch (RuntimeException ex) {
			if (!DatabaseUnavailable.isCauseOf(ex)) {
				throw ex;
			}
			log.warn("The database is not reachable; the instance starts and reports not ready until it is: {}",
					ex.getMessage());
			retrying = Thread.ofPlatform().daemon().name("database-startup").start(this::retryUntilDone);
		}
	}

	/** Runs, in order, each task not yet finished, stopping before the warm-ups while the application starts. */
	private synchronized void runDue() {
		if (!done()) {
			mongo.executeCommand(new Document("ping", 1)); // fails fast, before a task logs its own failure
		}
		for (DatabaseStartupTask task : tasks) {
			if (finished.contains(task)) {
				continue;
			}
			if (task.afterStart() && !started) {
				return;
			}
			task.run();
			finished.add(task);
		}
	}

	private void retryUntilDone() {
		while (!done()) {
			try {
				Thread.sleep(properties.startupRetry());
				runDue();
				if (done()) {
					log.info("The database is back: start-up work done, the instance is ready");
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				if (DatabaseUnavailable.isCauseOf(ex)) {
					log.debug("Database still not reachable: {}", ex.getMessage());
				}
				else {
					log.error("Start-up work failed; retrying", ex);
				}
			}
		}
	}

}
