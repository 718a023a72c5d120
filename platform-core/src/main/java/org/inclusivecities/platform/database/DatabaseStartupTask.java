package org.inclusivecities.platform.database;

/**
 * Work an instance does against the database when it starts: migrations, indexes, back-fills, read-model warm-up.
 * {@link DatabaseStartup} runs every registered task once per start, in {@code @Order}; while the database is away,
 * it retries in the background and the instance reports not ready until all are done. So a task must be
 * idempotent, and must not be done in a constructor, {@code @PostConstruct} or start-up event of its own.
 */
public interface DatabaseStartupTask {

	void run();

	/**
	 * Whether the task needs the whole application started first (after the application runners, e.g. demo data):
	 * read-model warm-ups. Schema work (the default) runs before anything serves or seeds.
	 */
	default boolean afterStart() {
		return false;
	}

}
