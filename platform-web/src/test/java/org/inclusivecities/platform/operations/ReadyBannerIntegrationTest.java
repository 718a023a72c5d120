package org.inclusivecities.platform.operations;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a newcomer sees when the platform has started: the address, the demo sign-ins and where the data lives,
 * as the last lines of the output of a real process (not scrolled away above the rest of the log), and no
 * password of a real account anywhere in it.
 */
class ReadyBannerIntegrationTest {

	private static final String ADMIN_PASSWORD = "the network admin's own long passphrase";

	@TempDir
	Path dataDir;

	@Test
	void theLastLinesOfTheStartUpAreTheAddressTheDemoSignInsAndTheDataFolder() {
		try (AppProcess app = AppProcess.start("ready-banner", dataDir, Map.of("platform.demo-data", "true",
				"platform.bootstrap.admin-email", "secretariat@city.example",
				"platform.bootstrap.admin-password", ADMIN_PASSWORD))) {
			List<String> lines = Arrays.asList(app.logTail().strip().split("\n"));
			int ready = lines.indexOf("The Inclusive Cities platform is ready: http://localhost:" + app.url("/").getPort());
			assertThat(ready).as("the ready line in:%n%s", app.logTail()).isPositive();
			List<String> banner = lines.subList(ready, lines.size());
			assertThat(banner.getLast()).as("the banner closes the output").matches("=+");
			assertThat(lines.get(ready - 1)).isEqualTo(banner.getLast());
			assertThat(String.join("\n", banner)).contains("recovery-together-demo",
					"secretariat@demo.inclusive-cities.example", "admin.gent@demo.inclusive-cities.example");
			assertThat(banner.get(banner.size() - 3)).startsWith("Data: " + dataDir.toAbsolutePath());
			assertThat(banner.get(banner.size() - 2)).contains("mongosh", "mongodb://127.0.0.1:");
			assertThat(app.logTail()).doesNotContain(ADMIN_PASSWORD);
		}
	}

}
