package org.inclusivecities.platform.operations;

import java.time.Duration;

import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An instance starts while its external database is down: it comes up, says not ready (and 503 to pages), and once
 * the database is there it runs its migrations and indexes in the background and becomes ready, without a restart.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		// as in production: the session store needs the database too, and a real database needs the site's host
		properties = { "platform.web.shared-sessions=true", "platform.web.allowed-hosts=localhost" })
class DatabaseDownAtStartIntegrationTest {

	static final ExternalDatabase database = ExternalDatabase.notStarted();

	@DynamicPropertySource
	static void external(DynamicPropertyRegistry registry) {
		registry.add("spring.mongodb.uri", database::uri);
	}

	@AfterAll
	static void close() throws Exception {
		database.close();
	}

	@LocalServerPort
	int port;

	@Test
	void startsWithoutItsDatabaseAndBecomesReadyWhenItComes() throws Exception {
		Probe probe = new Probe(port);
		var readiness = probe.probe("/actuator/health/readiness");
		assertThat(readiness.status()).isEqualTo(503);
		assertThat(readiness.took()).isLessThan(Duration.ofSeconds(1));
		assertThat(probe.probe("/actuator/health/liveness").status()).isEqualTo(200);
		var page = probe.page("/login");
		assertThat(page.status()).isEqualTo(503);
		assertThat(page.body()).contains("The service is briefly unavailable");

		database.start();

		await().atMost(Duration.ofSeconds(60))
			.until(() -> probe.probe("/actuator/health/readiness").status() == 200);
		assertThat(probe.page("/login").status()).isEqualTo(200);
		try (var client = MongoClients.create(database.uri())) {
			var db = client.getDatabase("outage");
			assertThat(db.getCollection("mongockChangeLog").find(new Document("changeId", "entity-indexes")).first())
				.as("the migrations ran once the database came").isNotNull();
			assertThat(db.getCollection("outbox").listIndexes().map(index -> index.getString("name")))
				.as("the declared indexes were created").contains("status_due");
		}
	}

}
