package org.inclusivecities.platform.config;

import java.time.Clock;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

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

	/** Scheduled jobs run once across all instances sharing the database. */
	@Bean
	LockProvider lockProvider(MongoDatabaseFactory factory) {
		return new MongoLockProvider(factory.getMongoDatabase().getCollection("shedLock"));
	}

}
