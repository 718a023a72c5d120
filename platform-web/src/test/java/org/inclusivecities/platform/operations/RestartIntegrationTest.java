package org.inclusivecities.platform.operations;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Data created through the web pages survives a restart of the application on the embedded database: the
 * demo network is seeded once, a person signs in through /login and creates an API token and a member
 * invitation through the forms; after a restart on the same data folder both are still there and the
 * demo network was not seeded a second time.
 */
class RestartIntegrationTest {

	private static final String ADMIN = "admin.gent@demo.inclusive-cities.example";

	private static final String PASSWORD = "recovery-together-demo";

	private final FormClient client = new FormClient();

	@TempDir
	Path dataDir;

	@Test
	void whatWasEnteredInTheBrowserIsThereAfterARestart() throws Exception {
		String homeBefore;
		try (AppProcess first = AppProcess.start("restart-1", dataDir, Map.of("platform.demo-data", "true"))) {
			homeBefore = client.get(first, "/", null).body();
			String session = client.signIn(first, ADMIN, PASSWORD);
			HttpResponse<String> token = client.submit(first, "/my/profile", "/my/profile/tokens", session,
					Map.of("name", "Kept across restarts", "validDays", "30"));
			assertThat(token.statusCode()).isEqualTo(302);
			HttpResponse<String> invitation = client.submit(first, "/my/cities/gent/members",
					"/my/cities/gent/members/invitations", session,
					Map.of("email", "new.council.member@example.org", "roles", "COUNCIL_MEMBER", "language", "NL"));
			assertThat(invitation.statusCode()).as("invitation form accepted").isEqualTo(302);
		}

		try (AppProcess second = AppProcess.start("restart-2", dataDir, Map.of("platform.demo-data", "true"))) {
			String session = client.signIn(second, ADMIN, PASSWORD);
			assertThat(client.get(second, "/my/profile", session).body()).contains("Kept across restarts");
			assertThat(client.get(second, "/my/cities/gent/members", session).body())
				.contains("new.council.member@example.org");
			assertThat(memberCount(client.get(second, "/", null).body())).as("demo network seeded once")
				.isEqualTo(memberCount(homeBefore));
		}
	}

	private static String memberCount(String homePage) {
		var matcher = java.util.regex.Pattern.compile("(\\d+) member cities").matcher(homePage);
		assertThat(matcher.find()).as("member count on the home page").isTrue();
		return matcher.group(1);
	}

}
