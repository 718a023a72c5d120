package org.inclusivecities.platform.database;

import java.util.concurrent.TimeUnit;

import com.mongodb.ContextProvider;
import com.mongodb.client.SynchronousContextProvider;
import com.mongodb.event.ClusterDescriptionChangedEvent;
import com.mongodb.event.ClusterListener;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandSucceededEvent;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Short driver timeouts ({@link DatabaseProperties}): while the database is away a request fails within about a
 * second, instead of the driver's default 30 s, and the user gets a clear "briefly unavailable" answer; with the
 * {@link DatabaseBreaker} the further calls of that request (and of others meanwhile) fail at once.
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

	@Bean
	DatabaseBreaker databaseBreaker() {
		return new DatabaseBreaker();
	}

	/**
	 * Last, so that it wraps any context provider set before it (tracing): the breaker is asked before every
	 * operation, learns of successes from the commands and of lost servers from the driver's monitor.
	 */
	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	MongoClientSettingsBuilderCustomizer databaseBreakerHooks(DatabaseBreaker breaker) {
		return settings -> {
			ContextProvider before = settings.build().getContextProvider();
			settings.contextProvider((SynchronousContextProvider) () -> {
				breaker.refuseWhileOpen();
				return before instanceof SynchronousContextProvider provider ? provider.getContext() : null;
			})
				.addCommandListener(new CommandListener() {
					@Override
					public void commandSucceeded(CommandSucceededEvent event) {
						breaker.succeeded();
					}
				})
				.applyToClusterSettings(cluster -> cluster.addClusterListener(new ClusterListener() {
					@Override
					public void clusterDescriptionChanged(ClusterDescriptionChangedEvent event) {
						breaker.clusterChanged(event.getNewDescription());
					}
				}));
		};
	}

}
