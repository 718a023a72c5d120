package org.inclusivecities.platform.config;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import net.javacrumbs.shedlock.core.ExtensibleLockProvider;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import net.javacrumbs.shedlock.support.KeepAliveLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

import org.inclusivecities.platform.database.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Shared infrastructure of the platform: the clock, scheduling with cluster-wide locks, properties. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
@ConfigurationPropertiesScan("org.inclusivecities.platform")
@PropertySource("classpath:platform-core-defaults.properties")
class CoreConfiguration {

	/** One clock for the whole platform, replaceable in tests to move time. */
	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

	/**
	 * A scheduled job that finds the database away logs one line, not a stack trace every few seconds; it simply runs
	 * again at its next time. Any other failure is logged in full.
	 */
	@Bean
	ThreadPoolTaskSchedulerCustomizer quietWhileDatabaseAway() {
		Logger log = LoggerFactory.getLogger("org.inclusivecities.platform.jobs");
		return scheduler -> scheduler.setErrorHandler(failure -> {
			if (DatabaseUnavailable.isCauseOf(failure)) {
				log.warn("Scheduled job skipped, the database is not reachable: {}", failure.getClass().getSimpleName());
			}
			else {
				log.error("Scheduled job failed", failure);
			}
		});
	}

	/**
	 * Scheduled jobs run once across all instances sharing the database. A lock is extended while its job runs
	 * (every half of its {@code lockAtMostFor}), so locks can be short: a crashed instance blocks a job only until
	 * its last extension runs out, not for the job's longest run.
	 */
	@Bean
	LockProvider lockProvider(MongoDatabaseFactory factory) {
		return new KeepAliveLocks(new MongoLockProvider(factory.getMongoDatabase().getCollection("shedLock")),
				Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("lock-keep-alive").daemon().factory()));
	}

	/**
	 * The keep-alive thread is no bean: a {@code ScheduledExecutorService} bean would replace the scheduler pool
	 * of every {@code @Scheduled} job. It stops with the context ({@link #close()}).
	 */
	static final class KeepAliveLocks extends KeepAliveLockProvider implements AutoCloseable {

		private final ScheduledExecutorService keepAlive;

		KeepAliveLocks(ExtensibleLockProvider locks, ScheduledExecutorService keepAlive) {
			super(locks, keepAlive);
			this.keepAlive = keepAlive;
		}

		@Override
		public void close() {
			keepAlive.shutdownNow();
		}

	}

}
