package org.inclusivecities.platform.pagecache;

import java.time.Clock;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.CityProfile;
import org.inclusivecities.platform.city.CityStatus;
import org.inclusivecities.platform.directory.DirectoryFixtures;
import org.inclusivecities.platform.people.Language;
import org.inclusivecities.platform.plan.PlanPublished;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The anonymous page cache over real HTTP: a signed-in visitor always gets their own page and never leaks it to
 * anyone, a response that sets a cookie is never served again, and changes empty the cache.
 */
@PlatformIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PageCacheIntegrationTest {

	@Autowired
	Clock clock;

	private static final String SIGN_OUT = "action=\"/logout\"";

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@LocalServerPort
	int port;

	@Autowired
	Cities cities;

	@Autowired
	People people;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	ApplicationEventPublisher events;

	@BeforeEach
	void seed() {
		DirectoryFixtures.seed(cities);
		if (people.findByEmail("ana@cache.example").isEmpty()) {
			Person ana = Person.create("ana@cache.example", "Ana Cachetest", Language.EN, clock.instant());
			ana.changePassword(passwords.encode("a long enough passphrase 42"));
			people.save(ana);
		}
	}

	@Test
	void anonymousPagesAreServedFromTheCacheButNeverASignedInOne() throws Exception {
		get("/cities?sort=population", null);
		HttpResponse<String> anonymous = get("/cities?sort=population", null);
		assertThat(anonymous.headers().firstValue("X-Page-Cache")).hasValue("HIT");
		assertThat(anonymous.headers().firstValue("Age")).as("how long ago it was rendered, in seconds")
			.hasValueSatisfying(age -> assertThat(Long.parseLong(age)).isBetween(0L, 30L));
		assertThat(anonymous.body()).contains("Berlin").doesNotContain(SIGN_OUT);

		String session = signIn();
		HttpResponse<String> signedIn = get("/cities?sort=population", session);
		assertThat(signedIn.headers().firstValue("X-Page-Cache")).isEmpty();
		assertThat(signedIn.body()).as("their own page, not the cached one").contains(SIGN_OUT).contains("Berlin");
		assertThat(get("/cities?sort=population", session).body()).contains(SIGN_OUT);

		HttpResponse<String> afterwards = get("/cities?sort=population", null);
		assertThat(afterwards.body()).doesNotContain(SIGN_OUT).doesNotContain("Cachetest");
		assertThat(afterwards.headers().allValues("Set-Cookie")).isEmpty();
	}

	@Test
	void aResponseThatSetsACookieIsNeverServedAgain() throws Exception {
		HttpResponse<String> first = get("/cities/gent?lang=nl", null);
		assertThat(first.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("lang="));
		HttpResponse<String> second = get("/cities/gent?lang=nl", null);
		assertThat(second.headers().firstValue("X-Page-Cache")).isNotEqualTo(java.util.Optional.of("HIT"));
		assertThat(second.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("lang="));
	}

	@Test
	void theLanguageIsPartOfTheKey() throws Exception {
		get("/cities/gent", null);
		HttpResponse<String> dutch = http.send(HttpRequest.newBuilder(url("/cities/gent"))
			.header("Accept-Language", "nl").build(), HttpResponse.BodyHandlers.ofString());
		assertThat(dutch.body()).contains("België");
		assertThat(get("/cities/gent", null).body()).contains("Belgium").doesNotContain("België");
	}

	@Test
	void changesEmptyTheCache() throws Exception {
		get("/cities?country=NL&sort=population", null);
		assertThat(get("/cities?country=NL&sort=population", null).headers().firstValue("X-Page-Cache")).hasValue("HIT");

		Instant at = Instant.parse("2026-01-01T00:00:00Z");
		City joined = City.apply(new CityProfile("Cachegem", "NL", null, 9_000_000L, List.of("nl"), null, null), at);
		joined.moveTo(CityStatus.MEMBER, at, "admin", null);
		cities.save(joined);
		HttpResponse<String> changed = get("/cities?country=NL&sort=population", null);
		assertThat(changed.headers().firstValue("X-Page-Cache")).hasValue("MISS");
		assertThat(changed.body()).contains("Cachegem");

		assertThat(get("/cities?country=NL&sort=population", null).headers().firstValue("X-Page-Cache")).hasValue("HIT");
		events.publishEvent(new PlanPublished(joined.getId(), 1)); // e.g. another instance's, brought by the change feed
		assertThat(get("/cities?country=NL&sort=population", null).headers().firstValue("X-Page-Cache")).hasValue("MISS");
	}

	private String signIn() throws IOException, InterruptedException {
		HttpResponse<String> login = get("/login", null);
		String session = cookie(login, "SESSION", "JSESSIONID");
		Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(login.body());
		assertThat(csrf.find()).isTrue();
		String form = Map.of("username", "ana@cache.example", "password", "a long enough passphrase 42", "_csrf",
				csrf.group(1))
			.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpResponse<String> posted = http.send(HttpRequest.newBuilder(url("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", session)
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(posted.statusCode()).isEqualTo(302);
		assertThat(posted.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
		return cookie(posted, "SESSION", "JSESSIONID");
	}

	private static String cookie(HttpResponse<?> response, String... names) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(c -> List.of(names).contains(c.substring(0, c.indexOf('='))))
			.map(c -> c.substring(0, c.indexOf(';')))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
	}

	private HttpResponse<String> get(String path, String cookie) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(url(path)).GET();
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI url(String path) {
		return URI.create("http://localhost:" + port + path);
	}

}
