package org.inclusivecities.platform.browser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lighthouse (its default mobile preset), accessibility and best practices only, on the six public pages issue #14
 * names, against the demo network: each must score 100; a lower score fails with the audits that cost it. Performance
 * and SEO are measured by hand ({@code bench/lighthouse.sh}, {@code bench/README.md}): a shared test machine makes
 * timings meaningless.
 * <p>
 * One headless Chromium (Debian's) and one Node process ({@code tools/lighthouse/ci.mjs}) audit all six pages, once
 * for the class. Lighthouse is the npm package pinned in {@code platform-web/tools/lighthouse} ({@code
 * package-lock.json}); {@code ./platform test} installs it there with {@code npm ci} ({@code -Dplatform.lighthouse}
 * names another such folder). Skipped,
 * loudly, only where Chromium is absent, like the browser journeys; a missing Lighthouse fails, saying how to install it.
 */
@ExtendWith(LighthouseIntegrationTest.NeedsChromium.class)
@PlatformIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "platform.demo-data=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LighthouseIntegrationTest {

	private static final String CHROMIUM = System.getProperty("platform.chromium", "/usr/bin/chromium");

	/** The folder of the pinned Lighthouse: its package-lock.json, its node_modules once installed, ci.mjs. */
	private static final Path TOOLS = Path.of(System.getProperty("platform.lighthouse", "tools/lighthouse"));

	private static final List<String> CATEGORIES = List.of("accessibility", "best-practices");

	private static final List<String> PAGES = List.of("/", "/cities", "a profile", "/practices?q=recovery",
			"a practice", "/events");

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	/** The report of each page, in the order of {@link #PAGES}. */
	private final List<JsonNode> reports = new ArrayList<>();

	private final List<String> urls = new ArrayList<>();

	@BeforeAll
	void runLighthouseOnEveryPage() throws Exception {
		assertThat(TOOLS.resolve("node_modules/lighthouse/package.json")).as(
				"Lighthouse (npm): ./platform test installs it; by hand: (cd platform-web/tools/lighthouse && npm ci)")
			.isRegularFile();
		for (String page : PAGES) {
			urls.add("http://localhost:" + port + path(page));
		}
		Path folder = Files.createTempDirectory("lighthouse");
		Process chromium = new ProcessBuilder(CHROMIUM, "--headless=new", "--no-sandbox", "--disable-gpu",
				"--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--no-first-run", "--remote-debugging-port=0",
				"--user-data-dir=" + folder.resolve("profile"), "about:blank")
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		try {
			int devTools = devToolsPort(chromium);
			Path log = folder.resolve("lighthouse.log");
			List<String> command = new ArrayList<>(List.of("node", "ci.mjs", String.valueOf(devTools), folder.toString()));
			command.addAll(urls);
			long started = System.nanoTime();
			Process run = new ProcessBuilder(command).directory(TOOLS.toFile())
				.redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			if (!run.waitFor(10, TimeUnit.MINUTES)) {
				run.destroyForcibly();
				throw new AssertionError("Lighthouse did not finish:\n" + Files.readString(log));
			}
			assertThat(run.exitValue()).as("Lighthouse:%n%s", Files.readString(log)).isZero();
			System.out.printf("Lighthouse: %d pages in %d s%n", urls.size(),
					Duration.ofNanos(System.nanoTime() - started).toSeconds());
			JsonMapper json = JsonMapper.builder().build();
			for (int n = 0; n < urls.size(); n++) {
				reports.add(json.readTree(folder.resolve(n + ".json").toFile()));
			}
		}
		finally {
			chromium.destroy();
			if (!chromium.waitFor(10, TimeUnit.SECONDS)) {
				chromium.destroyForcibly();
			}
			FileSystemUtils.deleteRecursively(folder);
		}
	}

	List<String> pages() {
		return PAGES;
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("pages")
	void accessibilityAndBestPracticesScoreFullMarksOnAPhone(String page) {
		JsonNode report = reports.get(PAGES.indexOf(page));
		assertThat(report.path("configSettings").path("formFactor").asString()).isEqualTo("mobile");
		List<String> failing = new ArrayList<>();
		for (String category : CATEGORIES) {
			JsonNode scored = report.path("categories").path(category);
			int score = (int) Math.round(scored.path("score").asDouble(0) * 100);
			if (score < 100) {
				failing.add(category + " " + score + ": " + failingAudits(report, scored));
			}
		}
		assertThat(failing).as("Lighthouse %s on %s", report.path("lighthouseVersion").asString(),
				urls.get(PAGES.indexOf(page))).isEmpty();
	}

	/** Chromium names its DevTools port on its error stream; the rest of that stream is drained and dropped. */
	private static int devToolsPort(Process chromium) throws Exception {
		BufferedReader errors = new BufferedReader(new InputStreamReader(chromium.getErrorStream(), StandardCharsets.UTF_8));
		Pattern listening = Pattern.compile("DevTools listening on ws://[^:]+:(\\d+)/");
		CompletableFuture<Integer> port = CompletableFuture.supplyAsync(() -> {
			try {
				String line;
				while ((line = errors.readLine()) != null) {
					Matcher m = listening.matcher(line);
					if (m.find()) {
						Thread.ofVirtual().start(() -> errors.lines().forEach(ignored -> {
						}));
						return Integer.valueOf(m.group(1));
					}
				}
				throw new IllegalStateException("Chromium ended without naming its DevTools port");
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		});
		return port.get(60, TimeUnit.SECONDS);
	}

	/** The address of a page; a profile and a practice are the first the directory and the library link to. */
	private String path(String page) throws Exception {
		return switch (page) {
			case "a profile" -> firstLink("/cities", "/cities/[a-z0-9-]+");
			case "a practice" -> firstLink("/practices", "/practices/[0-9a-f]+");
			default -> page;
		};
	}

	private String firstLink(String listing, String pattern) throws Exception {
		String html = http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + listing)).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher m = Pattern.compile("href=\"(" + pattern + ")\"").matcher(html);
		assertThat(m.find()).as("a link %s on %s of the demo network", pattern, listing).isTrue();
		return m.group(1);
	}

	/** The audits of a category that did not pass, each with the first elements Lighthouse names. */
	private static String failingAudits(JsonNode report, JsonNode category) {
		List<String> audits = new ArrayList<>();
		for (JsonNode ref : category.path("auditRefs")) {
			JsonNode audit = report.path("audits").path(ref.path("id").asString());
			if (ref.path("weight").asDouble(0) > 0 && !audit.path("score").isNull() && audit.path("score").asDouble(1) < 1) {
				List<String> where = new ArrayList<>();
				for (JsonNode item : audit.path("details").path("items")) {
					String at = item.path("node").path("selector").asString(item.path("source").path("url").asString(
							item.path("description").asString("")));
					if (!at.isBlank() && where.size() < 5) {
						where.add(at);
					}
				}
				audits.add(ref.path("id").asString() + " (" + audit.path("title").asString() + ")"
						+ (where.isEmpty() ? "" : " at " + where));
			}
		}
		return String.join("; ", audits);
	}

	/** Skipped, and said loudly, only without Chromium, as the browser journeys are. */
	static class NeedsChromium implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			if (Files.isExecutable(Path.of(CHROMIUM))) {
				return ConditionEvaluationResult.enabled("Chromium found");
			}
			String reason = "Chromium not found (" + CHROMIUM + ") — install chromium, or set -Dplatform.chromium";
			if (context.getTestMethod().isEmpty()) {
				System.err.println("*** LIGHTHOUSE SKIPPED: " + context.getDisplayName() + ": " + reason);
			}
			return ConditionEvaluationResult.disabled(reason);
		}

	}

}
