package org.inclusivecities.platform.database;

import java.util.concurrent.TimeUnit;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Short driver timeouts ({@link DatabaseProperties}): while the database is away a request fails within about a
 * second, instead of the driver's default 30 s, and the user gets a clear "briefly unavailable" answer.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
class DatabaseClientConfiguration {

	/** First, so that options in the connection string, applied after it, win. */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	MongoClientSettingsBuilderCustomizer databaseTimeouts(DatabaseProperties properties) {
		return settings -> settings
			.applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(
					properties.serverSelectionTimeout().toMillis(), TimeUnit.MILLISECONDS))
			.applyToSocketSettings(socket -> socket
				.connectTimeout((int) properties.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
				.readTimeout((int) properties.socketTimeout().toMillis(), TimeUnit.MILLISECONDS));
	}

}
