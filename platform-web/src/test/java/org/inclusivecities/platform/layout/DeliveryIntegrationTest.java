package org.inclusivecities.platform.layout;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.inclusivecities.platform.testing.SharesContext;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages as a browser receives them (issue #14, "Delivery"), on a real Tomcat: compressed when the browser accepts
 * it, and every stylesheet and script a page names fingerprinted by its content, so it can be kept for a year and a
 * new version still reaches the reader at once.
 */
@SharesContext
@PlatformIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class DeliveryIntegrationTest {

	private static final Pattern ASSET = Pattern.compile("(?:href|src|data-govuk-frontend)=\"(/(?:css/|js/|webjars/|favicon)[^\"]+)\"");

	/** The site's own files by a hash of their content, WebJars by their version. */
	private static final Pattern FINGERPRINT = Pattern.compile("-[0-9a-f]{32}\\.(css|js|svg)$|^/webjars/[a-z.-]+/\\d+\\.\\d+\\.\\d+/");

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	/** Anything over Tomcat's 2 KiB threshold: below it, compressing costs more than it saves. */
	@Test
	void pagesAndDataAreCompressedForABrowserThatAcceptsIt() throws Exception {
		for (String path : List.of("/", "/cities", "/practices", "/v3/api-docs",
				"/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css")) {
			HttpResponse<byte[]> response = http.send(request(path).header("Accept-Encoding", "gzip").build(),
					HttpResponse.BodyHandlers.ofByteArray());
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Encoding")).as(path + " " + response.headers().map()).hasValue("gzip");
			try (GZIPInputStream body = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
				assertThat(body.readAllBytes()).as(path).isNotEmpty();
			}
		}
		HttpResponse<String> plain = http.send(request("/").build(), HttpResponse.BodyHandlers.ofString());
		assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(plain.body()).contains("</html>");
	}

	@Test
	void everyAssetAPageNamesIsFingerprintedAndKeptForAYear() throws Exception {
		List<String> assets = new ArrayList<>();
		for (String path : List.of("/", "/cities", "/events")) {
			String page = http.send(request(path).build(), HttpResponse.BodyHandlers.ofString()).body();
			Matcher asset = ASSET.matcher(page);
			while (asset.find()) {
				assets.add(asset.group(1));
			}
		}
		assertThat(assets).anySatisfy(url -> assertThat(url).startsWith("/favicon-"))
			.anySatisfy(url -> assertThat(url).startsWith("/webjars/govuk-frontend/5.").endsWith("govuk-frontend.min.js"))
			.anySatisfy(url -> assertThat(url).startsWith("/css/platform-"));
		for (String url : assets) {
			assertThat(url).as("named by its content or version").containsPattern(FINGERPRINT);
			HttpResponse<String> response = http.send(request(url).build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(url).isEqualTo(200);
			assertThat(response.headers().firstValue("Cache-Control")).as(url)
				.hasValueSatisfying(value -> assertThat(value).contains("max-age=31536000", "public"));
		}
	}

	@Test
	void theStylesheetAsksForNoFontFileOfItsOwn() throws Exception {
		String page = http.send(request("/").build(), HttpResponse.BodyHandlers.ofString()).body();
		Matcher css = Pattern.compile("href=\"(/css/platform-[0-9a-f]{32}\\.css)\"").matcher(page);
		assertThat(css.find()).isTrue();
		String stylesheet = new String(http.send(request(css.group(1)).build(), HttpResponse.BodyHandlers.ofByteArray())
			.body(), StandardCharsets.UTF_8);
		assertThat(stylesheet).contains("font-family: \"GDS Transport\"").doesNotContain("url(");
	}

	/** A template that links a static file past {@link Assets} would serve it unversioned, kept a year when stale. */
	@Test
	void everyTemplateNamesItsStaticFilesThroughAssets() throws java.io.IOException {
		Pattern direct = Pattern.compile("@\\{/(css|js|webjars)/|@\\{/favicon");
		List<String> found = new ArrayList<>();
		for (org.springframework.core.io.Resource template : new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
			.getResources("classpath*:templates/**/*.html")) {
			if (direct.matcher(template.getContentAsString(StandardCharsets.UTF_8)).find()) {
				found.add(template.getFilename());
			}
		}
		assertThat(found).isEmpty();
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
	}

}
