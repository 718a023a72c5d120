package org.inclusivecities.platform.operations;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The database stopped under a running instance: pages and API writes get a fast 503 with Retry-After (the API as
 * problem+json), readiness says DOWN within a second while liveness stays UP, and when the database is back the
 * same instance serves again, without a restart.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		// as in production: the session store needs the database too, and a real database needs the site's host
		properties = { "platform.web.shared-sessions=true", "platform.web.allowed-hosts=localhost" })
class DatabaseOutageIntegrationTest {

	static final ExternalDatabase database = ExternalDatabase.started();

	/**
	 * About a second per database call that waits for its server (platform.database.server-selection-timeout); a page
	 * makes two or three (session, page, error page): 1.1-2.6 s by hand, 3.5 s in one test run, at load ~24 on two
	 * cores. The driver default was 30 s per call.
	 */
	static final Duration FAST = Duration.ofMillis(5_000);

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
	void whileTheDatabaseIsAwayAnswersAreFastAndHonestAndTheInstanceRecoversWithoutARestart() throws Exception {
		Probe probe = new Probe(port);
		assertThat(probe.page("/login").status()).isEqualTo(200);
		assertThat(probe.probe("/actuator/health/readiness").status()).isEqualTo(200);

		database.stop();

		var page = probe.page("/login");
		assertThat(page.status()).isEqualTo(503);
		assertThat(page.header("Retry-After")).isEqualTo("60");
		assertThat(page.body()).contains("The service is briefly unavailable", "Nothing you entered was lost");
		assertThat(page.took()).isLessThan(FAST);

		var write = probe.putJson("/api/v1/cities/leuven/plan/draft/mission",
				"icp_0123456789abcdefghijklmnopqrstuvwxyz0123", "{\"text\":\"A mission\"}");
		assertThat(write.status()).isEqualTo(503);
		assertThat(write.header("Content-Type")).startsWith("application/problem+json");
		assertThat(write.header("Retry-After")).isEqualTo("60");
		assertThat(write.body()).contains("\"status\":503", "Nothing was changed");
		assertThat(write.took()).isLessThan(FAST);

		var readiness = probe.probe("/actuator/health/readiness");
		assertThat(readiness.status()).isEqualTo(503);
		assertThat(readiness.took()).isLessThan(Duration.ofSeconds(1));
		var liveness = probe.probe("/actuator/health/liveness");
		assertThat(liveness.status()).isEqualTo(200);
		assertThat(liveness.took()).isLessThan(Duration.ofSeconds(1));

		database.start();

		await().atMost(Duration.ofSeconds(30))
			.until(() -> probe.probe("/actuator/health/readiness").status() == 200);
		var again = probe.page("/login");
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.body()).doesNotContain("briefly unavailable");
	}

}
