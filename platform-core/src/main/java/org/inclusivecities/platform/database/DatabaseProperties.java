package org.inclusivecities.platform.database;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the platform waits for its database before it tells the user it is briefly unavailable. Options in
 * {@code spring.mongodb.uri} ({@code serverSelectionTimeoutMS}, {@code connectTimeoutMS}, {@code socketTimeoutMS})
 * win over these.
 *
 * @param serverSelectionTimeout longest wait for a server that can take the operation (a stopped database fails a
 * request after this)
 * @param connectTimeout longest wait to open a connection
 * @param socketTimeout longest wait for an answer on an open connection (a hung database fails a request after this)
 * @param startupRetry pause between attempts of the start-up work (migrations, indexes, warm-up) while the database
 * is away
 */
@ConfigurationProperties("platform.database")
public record DatabaseProperties(@DefaultValue("PT1S") Duration serverSelectionTimeout,
		@DefaultValue("PT2S") Duration connectTimeout, @DefaultValue("PT10S") Duration socketTimeout,
		@DefaultValue("PT2S") Duration startupRetry) {
}
