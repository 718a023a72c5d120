package org.inclusivecities.platform.session;

import java.time.Clock;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.CityProfile;
import org.inclusivecities.platform.city.CityStatus;
import org.inclusivecities.platform.mail.Outbox;
import org.inclusivecities.platform.mail.OutboxMail;
import org.inclusivecities.platform.people.Language;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two real browsers (cookie jars) over HTTP, sessions in the shared MongoDB store: whatever ends a person's right
 * to be signed in ends their other sessions too.
 */
@PlatformIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "platform.web.shared-sessions=true")
class SessionsEndIntegrationTest {

	@Autowired
	Clock clock;

	private static final String PASSWORD = "a long enough first password";

	@LocalServerPort
	int port;

	@Autowired
	People people;

	@Autowired
	Cities cities;

	@Autowired
	Outbox outbox;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void changingThePasswordSignsOutEveryOtherSessionButNotThisOne() throws Exception {
		Person person = person();
		Visitor laptop = new Visitor().signIn(person.getEmail(), PASSWORD);
		Visitor phone = new Visitor().signIn(person.getEmail(), PASSWORD);

		HttpResponse<String> changed = laptop.submit("/my/profile", "/my/profile/password",
				Map.of("currentPassword", PASSWORD, "password", "the second long password", "confirmation",
						"the second long password"));
		assertThat(changed.headers().firstValue("Location").orElseThrow()).endsWith("/my/profile");

		assertThat(laptop.get("/my").statusCode()).isEqualTo(200);
		assertThat(phone.signedIn()).as("the phone's session ended").isFalse();
	}

	@Test
	void aPasswordResetSignsOutEverySessionOpenedBefore() throws Exception {
		Person person = person();
		Visitor stolenLaptop = new Visitor().signIn(person.getEmail(), PASSWORD);
		Visitor owner = new Visitor();
		owner.submit("/password-reset", "/password-reset", Map.of("email", person.getEmail()));
		List<OutboxMail> mails = await().atMost(Duration.ofSeconds(10))
			.until(() -> outbox.findAllByRecipientOrderByCreatedAtDesc(person.getEmail()), m -> !m.isEmpty());
		Matcher link = Pattern.compile("http://localhost:\\d+(/password-reset/[A-Za-z0-9_-]{43})")
			.matcher(mails.getFirst().getTextBody());
		assertThat(link.find()).isTrue();

		HttpResponse<String> reset = owner.submit(link.group(1), link.group(1),
				Map.of("password", "a brand new long password", "confirmation", "a brand new long password"));
		assertThat(reset.headers().firstValue("Location").orElseThrow()).endsWith("/login");

		assertThat(stolenLaptop.signedIn()).isFalse();
		assertThat(owner.signIn(person.getEmail(), "a brand new long password").signedIn()).isTrue();
	}

	@Test
	void removingAMemberOrTakingARoleAwaySignsTheMemberOut() throws Exception {
		City city = City.apply(new CityProfile("Sessionville " + UUID.randomUUID().toString().substring(0, 6), "BE",
				null, 50_000L, List.of("nl"), null, ""), clock.instant().minusSeconds(60));
		city.moveTo(CityStatus.MEMBER, clock.instant(), "admin", null);
		city = cities.save(city);
		Person admin = person();
		admin.grant(city.getId(), Set.of(Role.CITY_ADMIN), clock.instant(), "test");
		people.save(admin);
		Person member = person();
		member.grant(city.getId(), Set.of(Role.COUNCIL_MEMBER, Role.REVIEWER), clock.instant(), "test");
		people.save(member);
		Visitor adminBrowser = new Visitor().signIn(admin.getEmail(), PASSWORD);
		String members = "/my/cities/" + city.getSlug() + "/members";

		Visitor memberBrowser = new Visitor().signIn(member.getEmail(), PASSWORD);
		adminBrowser.submit(members + "/" + member.getId(), members + "/" + member.getId() + "/roles",
				Map.of("roles", "COUNCIL_MEMBER"));
		assertThat(memberBrowser.signedIn()).as("a role taken away").isFalse();

		memberBrowser = new Visitor().signIn(member.getEmail(), PASSWORD);
		adminBrowser.submit(members + "/" + member.getId(), members + "/" + member.getId() + "/remove", Map.of());
		assertThat(memberBrowser.signedIn()).as("removed from the city").isFalse();
		assertThat(adminBrowser.signedIn()).as("the admin who acted").isTrue();
	}

	private Person person() {
		Person person = Person.create("session-" + UUID.randomUUID() + "@example.org", "Sam", Language.EN,
				clock.instant());
		person.changePassword(encoder.encode(PASSWORD));
		return people.save(person);
	}

	/** A browser without JavaScript: its own cookie jar, forms posted with the page's CSRF token. */
	final class Visitor {

		private final HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		Visitor signIn(String email, String password) throws IOException, InterruptedException {
			HttpResponse<String> response = submit("/login", "/login", Map.of("username", email, "password", password));
			assertThat(response.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
			return this;
		}

		boolean signedIn() throws IOException, InterruptedException {
			return get("/my").statusCode() == 200;
		}

		HttpResponse<String> get(String path) throws IOException, InterruptedException {
			return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> submit(String page, String action, Map<String, String> fields)
				throws IOException, InterruptedException {
			Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(get(page).body());
			assertThat(csrf.find()).as("a form on " + page).isTrue();
			Map<String, String> form = new LinkedHashMap<>(fields);
			form.put("_csrf", csrf.group(1));
			String body = form.entrySet()
				.stream()
				.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
			return http.send(HttpRequest.newBuilder(uri(action))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		private URI uri(String path) {
			return URI.create("http://localhost:" + port + path);
		}

	}

}
