package org.inclusivecities.platform.session;

import java.time.Clock;
import java.time.Duration;

import org.inclusivecities.platform.database.DatabaseStartupTask;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.session.config.annotation.web.http.EnableSpringHttpSession;

/**
 * Sessions live in the database, not in one instance's memory: a person signed in through one instance
 * stays signed in on every other one behind the same load balancer, and a restart or deploy signs nobody
 * out. Set {@code platform.web.shared-sessions=false} to fall back to the servlet container's sessions.
 * The session cookie keeps Spring Session's defaults (name {@code SESSION}, HttpOnly, SameSite=Lax, Secure
 * on HTTPS); the timeout is {@code server.servlet.session.timeout}.
 */
@Configuration(proxyBeanMethods = false)
@EnableSpringHttpSession
@ConditionalOnProperty(name = "platform.web.shared-sessions", havingValue = "true", matchIfMissing = true)
class SharedSessionConfiguration {

	@Bean
	MongoSessions sessionRepository(MongoTemplate mongo, Clock clock,
			@Value("${server.servlet.session.timeout:30m}") Duration timeout) {
		// the TTL index on expireAt and the index by person are a migration: SessionIndexes006
		return new MongoSessions(mongo.getCollection(MongoSessions.COLLECTION), clock, timeout, SharedSessionConfiguration.class.getClassLoader());
	}

	@Bean
	ExpiredSessions expiredSessions(MongoSessions sessions) {
		return new ExpiredSessions(sessions);
	}

}
