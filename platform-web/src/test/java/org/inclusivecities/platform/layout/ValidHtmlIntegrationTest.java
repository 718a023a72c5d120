package org.inclusivecities.platform.layout;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Stream;

import org.inclusivecities.platform.browser.HtmlChecker;
import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.directory.DirectoryFixtures;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public page, as the server sends it (error pages included, hence a real port), in English and
 * Dutch, with and without directory filters, has zero errors from the Nu HTML Checker.
 */
@PlatformIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ValidHtmlIntegrationTest {

	private static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@LocalServerPort
	int port;

	@Autowired
	Cities cities;

	@BeforeEach
	void seed() {
		DirectoryFixtures.seed(cities);
	}

	@AfterAll
	static void close() {
		http.close();
	}

	static Stream<Arguments> publicPages() {
		Stream<Arguments> pages = Stream.of(
				Arguments.of("GET", "/", 200),
				Arguments.of("GET", "/about", 200),
				Arguments.of("GET", "/privacy", 200),
				Arguments.of("GET", "/login", 200),
				Arguments.of("GET", "/login?error", 200),
				Arguments.of("GET", "/login?logout", 200),
				Arguments.of("GET", "/cities", 200),
				Arguments.of("GET", "/cities?page=2", 200),
				Arguments.of("GET", "/cities?q=gent&country=BE&status=member&population=250k-1m&language=nl&sort=population", 200),
				Arguments.of("GET", "/cities?status=suspended&sort=member-since", 200),
				Arguments.of("GET", "/cities?q=nowhere-at-all", 200),
				Arguments.of("GET", "/cities?population=bogus&page=999", 200),
				Arguments.of("GET", "/cities/gent", 200),
				Arguments.of("GET", "/cities/sint-niklaas", 200),
				Arguments.of("GET", "/cities/antwerpen", 200),
				Arguments.of("GET", "/cities/applytown", 404),
				Arguments.of("GET", "/no-such-page", 404),
				// a form posted without (or with an expired) CSRF token
				Arguments.of("POST", "/about", 403));
		return pages.flatMap(page -> Stream.of("en", "nl")
			.map(language -> Arguments.of(page.get()[0], page.get()[1], page.get()[2], language)));
	}

	@ParameterizedTest(name = "{0} {1} in {3}")
	@MethodSource("publicPages")
	void publicPageHasNoHtmlErrors(String method, String path, int status, String language)
			throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.method(method, HttpRequest.BodyPublishers.noBody())
			.header("Accept", "text/html")
			.header("Accept-Language", language)
			.build();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).as(method + " " + path).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		assertThat(response.body()).contains("lang=\"" + language + "\"");
		assertThat(response.body()).contains("<main").contains("<h1");
		HtmlChecker.assertValid(response.body(), method + " " + path + " in " + language);
	}

}
