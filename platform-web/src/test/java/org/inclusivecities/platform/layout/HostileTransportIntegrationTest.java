package org.inclusivecities.platform.layout;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #15's hostile input that only a real server sees (Tomcat decodes the query string and parses multipart
 * bodies, MockMvc does neither): invalid UTF-8 in a query string, with and without a bearer token; a NUL byte in
 * an upload's file name; a multipart body cut short; a form or JSON body over the documented limit (413). Each is a 400 with a clear answer (problem+json under
 * {@code /api/}, the error page elsewhere), and nothing is stored.
 */
@PlatformIntegrationTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "platform.bootstrap.admin-email=transport-admin@ic.example",
				"platform.bootstrap.admin-password=a long bootstrap secret",
				"platform.bootstrap.admin-display-name=Transport Secretariat",
				"platform.bootstrap.api-token=" + HostileTransportIntegrationTest.TOKEN })
class HostileTransportIntegrationTest {

	static final String TOKEN = "icp_hostileTransportTokenForTheScanner012345";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	MongoTemplate mongo;

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	@Test
	void invalidUtf8InAnApiQueryIsA400ProblemWithAndWithoutABearerToken() throws Exception {
		for (boolean withToken : new boolean[] { true, false }) {
			HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/v1/events?q=%ED%A0%80"));
			if (withToken) {
				request.header("Authorization", "Bearer " + TOKEN);
			}
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as("with token " + withToken + ": " + response.body()).isEqualTo(400);
			assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
					type -> assertThat(type).startsWith("application/problem+json"));
			assertThat(response.body()).contains("\"status\":400");
		}
	}

	/**
	 * An API path no route has: where reading is public it is a 404, elsewhere the sign-in is asked for first (401),
	 * and either way the answer is problem+json, not Spring's default JSON or a page.
	 */
	@Test
	void anUnknownApiPathIsAProblemAnonymousOrNot() throws Exception {
		record Case(String path, int status) {
		}
		for (Case c : java.util.List.of(new Case("/api/v1/cities/no/such/path", 404),
				new Case("/api/v1/no-such-thing", 401), new Case("/api/v2/cities", 401))) {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(c.path())).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(c.path() + ": " + response.body()).isEqualTo(c.status());
			assertThat(response.headers().firstValue("Content-Type")).as(c.path())
				.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
			assertThat(response.body()).as(c.path()).contains("\"status\":" + c.status()).doesNotContain("trace");
		}
	}

	@Test
	void invalidUtf8InAPageQueryIsTheFriendly400Page() throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/events?q=%ED%A0%80")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("Something in the request was not right");
	}

	@Test
	void aNulByteInTheCharterFileNameIsA400AndNoApplicationIsStored() throws Exception {
		long before = mongo.getCollection("cityApplications").countDocuments();
		HttpResponse<String> response = postJoin(multipart("charter\u0000.pdf", true));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(mongo.getCollection("cityApplications").countDocuments()).isEqualTo(before);
	}

	@Test
	void aMultipartBodyCutShortIsA400AndNoApplicationIsStored() throws Exception {
		long before = mongo.getCollection("cityApplications").countDocuments();
		HttpResponse<String> response = postJoin(multipart("charter.pdf", false));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(mongo.getCollection("cityApplications").countDocuments()).isEqualTo(before);
	}

	/** server.tomcat.max-http-form-post-size, the documented limit of every body that is no upload. */
	static final int LIMIT = 2 * 1024 * 1024;

	@Test
	void aJsonBodyOverTheLimitIsA413ProblemBeforeAnythingReadsIt() throws Exception {
		String json = "{\"text\":\"" + "x".repeat(LIMIT) + "\"}";
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/v1/cities/leuven/plan/draft/mission"))
			.header("Authorization", "Bearer " + TOKEN)
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"status\":413", "too large");
	}

	@Test
	void aFormPostOverTheLimitIsThe413PageAndNothingIsStoredWithOrWithoutALength() throws Exception {
		long before = mongo.getCollection("cityApplications").countDocuments();
		String form = http.send(HttpRequest.newBuilder(uri("/join")).build(), HttpResponse.BodyHandlers.ofString()).body();
		Matcher token = CSRF.matcher(form);
		assertThat(token.find()).isTrue();
		String body = "_csrf=" + token.group(1) + "&name=Bigville&country=BE&contactEmail=big%40example.org&motivation="
				+ "x".repeat(LIMIT);
		for (HttpRequest.BodyPublisher publisher : java.util.List.of(HttpRequest.BodyPublishers.ofString(body),
				HttpRequest.BodyPublishers.ofInputStream(
						() -> new java.io.ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))))) {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/join"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Accept", "text/html")
				.POST(publisher)
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as("length " + publisher.contentLength()).isEqualTo(413);
			assertThat(response.body()).contains("What you sent is too large", "Nothing was saved");
		}
		assertThat(mongo.getCollection("cityApplications").countDocuments()).isEqualTo(before);
	}

	private HttpResponse<String> postJoin(String body) throws Exception {
		String form = http.send(HttpRequest.newBuilder(uri("/join")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher token = CSRF.matcher(form);
		assertThat(token.find()).as("the join form carries a CSRF token").isTrue();
		// in the header: a token in the query string is refused, and the body here is meant to be unreadable
		HttpRequest post = HttpRequest.newBuilder(uri("/join"))
			.header("X-CSRF-TOKEN", token.group(1))
			.header("Content-Type", "multipart/form-data; boundary=XyZ")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build();
		return http.send(post, HttpResponse.BodyHandlers.ofString());
	}

	private static String multipart(String filename, boolean complete) {
		String body = "--XyZ\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nNulville\r\n"
				+ "--XyZ\r\nContent-Disposition: form-data; name=\"charter\"; filename=\"" + filename + "\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n%PDF-1.4 charter\r\n";
		return complete ? body + "--XyZ--\r\n" : body.substring(0, body.length() - 30);
	}

	private URI uri(String pathAndQuery) {
		return URI.create("http://localhost:" + port + pathAndQuery);
	}

}
