package org.inclusivecities.platform.practice.web;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.practice.PracticeEditing;
import org.inclusivecities.platform.practice.PracticeTestContent;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.inclusivecities.platform.testing.SharesContext;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/** An upload bigger than the server's multipart limit gets a 413, not a CSRF 403 or a 500, and stores nothing. */
@SharesContext
@PlatformIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PracticeUploadLimitIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	Cities cities;

	@Autowired
	People people;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	PracticeEditing editing;

	HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	@Test
	void anImageAboveTheServerLimitIsRefusedWith413() throws Exception {
		PracticeFixtures fixtures = new PracticeFixtures(cities, people, encoder);
		City city = fixtures.city("Leuven", "BE", "nl");
		Person member = fixtures.member("lid@leuven.example", city, Role.CITY_ADMIN);
		String id = editing.create(city.getId(), PracticeTestContent.content("Herstelcafé"), member.getId()).getId();
		String base = "http://localhost:" + port;

		String token = csrf(get(base + "/login"));
		HttpResponse<String> signIn = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode("lid@leuven.example", StandardCharsets.UTF_8)
					+ "&password=correct+horse+battery+staple&_csrf=" + token))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signIn.statusCode()).isEqualTo(302);

		String page = base + "/my/cities/" + city.getSlug() + "/practices/" + id;
		String html = get(page);
		Matcher action = Pattern.compile("action=\"([^\"]*/images[^\"]*)\"").matcher(html);
		assertThat(action.find()).isTrue();
		String boundary = "limit-test-boundary";
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"alt\"\r\n\r\nA photo\r\n--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf(html) + "\r\n--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.png\"\r\nContent-Type: image/png\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[head.length + 7_000_000 + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);
		HttpResponse<String> upload = http.send(HttpRequest.newBuilder(URI.create(base + action.group(1).replace("&amp;", "&")))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(upload.statusCode()).isEqualTo(413);
		// above the shared 6 MB request limit the servlet container answers itself (its own 413 page); between
		// the practice limit (2 MB) and that limit the practice page explains, see PracticeLibraryIntegrationTest
		assertThat(editing.get(city.getId(), id).getImages()).isEmpty();
	}

	private String get(String url) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
	}

	private static String csrf(String html) {
		Matcher matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
		assertThat(matcher.find()).as("CSRF field in %s", html).isTrue();
		return matcher.group(1);
	}

}
