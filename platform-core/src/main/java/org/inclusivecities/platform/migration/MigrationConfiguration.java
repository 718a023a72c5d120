package org.inclusivecities.platform.migration;

import java.util.List;

import io.mongock.api.config.MongockConfiguration;
import io.mongock.driver.mongodb.springdata.v4.SpringDataMongoV4Driver;
import io.mongock.runner.springboot.MongockSpringboot;
import org.inclusivecities.platform.database.DatabaseStartupTask;

import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs the change units of every module (this package's, and any {@code @ChangeUnit} under
 * {@code org.inclusivecities.platform}) with Mongock: once per database ({@code runAlways} ones at every start), in
 * {@code order}, recorded in {@code mongockChangeLog}; while one instance migrates, the others wait on Mongock's lock.
 * Mongock is the only place indexes are created. The first start-up task
 * ({@link org.inclusivecities.platform.database.DatabaseStartup}): before the instance is ready, and retried in the
 * background when the database is away at start (Mongock's own Spring runner would stop the start instead).
 * The embedded database and standalone servers have no transactions: change units are written idempotent.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class MigrationConfiguration implements DatabaseStartupTask {

	private final MongoTemplate mongo;

	private final ApplicationContext context;

	MigrationConfiguration(MongoTemplate mongo, ApplicationContext context) {
		this.mongo = mongo;
		this.context = context;
	}

	@Override
	public void run() {
		MongockConfiguration config = new MongockConfiguration();
		config.setMigrationScanPackage(List.of("org.inclusivecities.platform"));
		config.setTransactional(false);
		MongockSpringboot.builder()
			.setConfig(config)
			.setDriver(SpringDataMongoV4Driver.withDefaultLock(mongo))
			.setSpringContext(context)
			.buildRunner()
			.execute();
	}

}
