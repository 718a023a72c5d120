package org.inclusivecities.platform.security;

import java.time.Clock;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.CityProfile;
import org.inclusivecities.platform.people.CityMembers;
import org.inclusivecities.platform.people.Language;
import org.inclusivecities.platform.people.MembershipChange;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real OpenID Connect authorization-code flow against an in-process mock provider, driven like a
 * browser (cookies kept, redirects followed one by one), and JWTs of that provider on the API.
 */
@PlatformIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class OidcSignInIntegrationTest {

	@Autowired
	Clock clock;

	static final String CLIENT_ID = "platform-web";

	static final MockOAuth2Server provider = new MockOAuth2Server();

	static {
		provider.start();
	}

	@DynamicPropertySource
	static void oidc(DynamicPropertyRegistry registry) {
		String issuer = provider.issuerUrl("test").toString();
		registry.add("spring.security.oauth2.client.registration.testid.client-id", () -> CLIENT_ID);
		registry.add("spring.security.oauth2.client.registration.testid.client-secret", () -> "secret");
		registry.add("spring.security.oauth2.client.registration.testid.client-name", () -> "Test ID");
		registry.add("spring.security.oauth2.client.registration.testid.scope", () -> "openid,email,profile");
		registry.add("spring.security.oauth2.client.registration.testid.provider", () -> "testid");
		registry.add("spring.security.oauth2.client.provider.testid.issuer-uri", () -> issuer);
		registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> issuer);
		registry.add("platform.web.api.audience", () -> CLIENT_ID);
	}

	@AfterAll
	static void stop() {
		provider.shutdown();
	}

	@LocalServerPort
	int port;

	@Autowired
	People people;

	@Autowired
	Cities cities;

	@Autowired
	CityMembers members;

	@Test
	void invitedPersonWithVerifiedEmailIsSignedIn() throws Exception {
		Person ana = people.save(Person.create("ana@example.org", "Ana Example", Language.EN, clock.instant()));
		Client client = new Client();
		assertThat(client.get("/login").body()).contains("Sign in with Test ID").contains("/oauth2/authorization/testid");

		provider.enqueueCallback(claims("sub-ana", Map.of("email", "Ana@Example.org", "email_verified", true)));
		HttpResponse<String> landed = client.follow("/oauth2/authorization/testid");

		assertThat(client.visited).anyMatch(url -> url.contains("/login/oauth2/code/testid"));
		assertThat(landed.statusCode()).isEqualTo(200);
		HttpResponse<String> profile = client.get("/my/profile");
		assertThat(profile.statusCode()).isEqualTo(200);
		assertThat(profile.body()).contains("Ana Example").contains("ana@example.org");
		// the web session is no key to the stateless API
		assertThat(client.get("/api/v1/me").statusCode()).isEqualTo(401);
		assertThat(people.findById(ana.getId()).orElseThrow().getPasswordHash()).isNull();
	}

	@Test
	void unknownPersonSeesNotInvitedAndGetsNeitherAccountNorSession() throws Exception {
		long before = people.count();
		Client client = new Client();
		provider.enqueueCallback(claims("sub-stranger", Map.of("email", "stranger@example.org", "email_verified", true)));
		HttpResponse<String> landed = client.follow("/oauth2/authorization/testid");

		assertThat(landed.uri().getPath()).isEqualTo("/signin/not-invited");
		assertThat(landed.body()).contains("You do not have an account yet");
		assertThat(people.count()).isEqualTo(before);
		assertThat(people.findByEmail("stranger@example.org")).isEmpty();
		HttpResponse<String> profile = client.get("/my/profile");
		assertThat(profile.statusCode()).isEqualTo(302);
		assertThat(profile.headers().firstValue("Location").orElseThrow()).endsWith("/login");

		assertThat(new Client().get("/signin/not-invited?lang=nl").body()).contains("U hebt nog geen account");
	}

	@Test
	void unverifiedEmailIsRefusedEvenForAnInvitedPerson() throws Exception {
		people.save(Person.create("bo@example.org", "Bo Example", Language.EN, clock.instant()));
		Client client = new Client();
		provider.enqueueCallback(claims("sub-bo", Map.of("email", "bo@example.org", "email_verified", false)));
		HttpResponse<String> landed = client.follow("/oauth2/authorization/testid");

		assertThat(landed.uri().getPath()).isEqualTo("/signin/email-not-verified");
		assertThat(client.get("/my/profile").statusCode()).isEqualTo(302);

		provider.enqueueCallback(claims("sub-bo", Map.of("email", "bo@example.org")));
		assertThat(client.follow("/oauth2/authorization/testid").uri().getPath()).isEqualTo("/signin/email-not-verified");
	}

	@Test
	void jwtOfTheConfiguredIssuerOpensTheApiForItsPerson() throws Exception {
		Person cy = people.save(Person.create("cy@example.org", "Cy Example", Language.NL, clock.instant()));
		String token = provider.issueToken("test", "client", claims("sub-cy", Map.of("email", "cy@example.org"))).serialize();

		HttpResponse<String> me = new Client().api("/api/v1/me", token);
		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(me.body()).contains("\"id\":\"" + cy.getId() + "\"").contains("\"language\":\"nl\"");
	}

	@Test
	void otherIssuerExpiredGarbageAndUnknownPeopleGetProblemJson401() throws Exception {
		people.save(Person.create("dee@example.org", "Dee Example", Language.EN, clock.instant()));
		Map<String, Object> dee = Map.of("email", "dee@example.org");
		String otherIssuer = provider.issueToken("other", "client", claims("other", "sub-dee", dee, 3600)).serialize();
		String expired = provider.issueToken("test", "client", claims("test", "sub-dee", dee, -3600)).serialize();
		String unknown = provider.issueToken("test", "client", claims("sub-x", Map.of("email", "nobody@example.org")))
			.serialize();
		String unverified = provider.issueToken("test", "client",
				claims("sub-dee", Map.of("email", "dee@example.org", "email_verified", false))).serialize();
		String valid = provider.issueToken("test", "client", claims("sub-dee", dee)).serialize();
		String tampered = valid.substring(0, valid.lastIndexOf('.') + 1) + "AAAA" + valid.substring(valid.lastIndexOf('.') + 5);

		for (String token : List.of(otherIssuer, expired, unknown, unverified, tampered, "garbage", "a.b.c")) {
			HttpResponse<String> response = new Client().api("/api/v1/me", token);
			assertThat(response.statusCode()).as(token).isEqualTo(401);
			assertThat(response.headers().firstValue("Content-Type").orElseThrow()).contains("application/problem+json");
			assertThat(response.body()).contains("\"status\":401");
		}
		assertThat(new Client().api("/api/v1/me", valid).statusCode()).isEqualTo(200);
	}

	@Test
	void anInviteeAcceptsThroughTheProviderWithoutAPasswordWhenTheVerifiedAddressIsTheInvitedOne() throws Exception {
		City city = cities.save(City.apply(new CityProfile("Oidcburg " + System.nanoTime(), "BE", null, 10_000L,
				List.of("nl"), null, ""), clock.instant()));
		String token = members.issue(city.getId(), "fay@example.org", Set.of(Role.COUNCIL_MEMBER), "secretariat").token();
		Client client = new Client();
		String page = client.get("/invitations/" + token).body();
		assertThat(page).contains("Accept with Test ID").contains("/invitations/" + token + "/sign-in/testid");

		provider.enqueueCallback(claims("sub-fay",
				Map.of("email", "Fay@example.org", "email_verified", true, "name", "Fay Example")));
		HttpResponse<String> landed = client.follow("/invitations/" + token + "/sign-in/testid");

		assertThat(landed.statusCode()).isEqualTo(200);
		Person fay = people.findByEmail("fay@example.org").orElseThrow();
		assertThat(fay.getDisplayName()).isEqualTo("Fay Example");
		assertThat(fay.hasRole(city.getId(), Role.COUNCIL_MEMBER)).isTrue();
		assertThat(fay.getPasswordHash()).isNull();
		assertThat(client.get("/my/profile").body()).contains("Fay Example");
		// used up: the link works once
		assertThat(new Client().get("/invitations/" + token).statusCode()).isEqualTo(410);
	}

	@Test
	void aProviderAccountWithAnotherAddressDoesNotAcceptTheInvitation() throws Exception {
		City city = cities.save(City.apply(new CityProfile("Oidcdorp " + System.nanoTime(), "BE", null, 10_000L,
				List.of("nl"), null, ""), clock.instant()));
		String token = members.issue(city.getId(), "gus@example.org", Set.of(Role.COUNCIL_MEMBER), "secretariat").token();
		people.save(Person.create("gus.private@example.org", "Gus", Language.EN, clock.instant()));
		Client client = new Client();
		provider.enqueueCallback(claims("sub-gus", Map.of("email", "gus.private@example.org", "email_verified", true)));
		HttpResponse<String> landed = client.follow("/invitations/" + token + "/sign-in/testid");

		assertThat(landed.uri().getPath()).isEqualTo("/signin/other-email");
		assertThat(landed.body()).contains("This invitation is for another email address");
		assertThat(client.get("/my/profile").statusCode()).isEqualTo(302);
		assertThat(members.open(token).getAcceptedBy()).isNull();
		assertThat(people.findByEmail("gus@example.org")).isEmpty();
	}

	@Test
	void aTokenTheProviderIssuedToAnotherClientOpensNothing() throws Exception {
		people.save(Person.create("eli@example.org", "Eli Example", Language.EN, clock.instant()));
		Map<String, Object> eli = Map.of("email", "eli@example.org");
		String otherClient = provider.issueToken("test", "some-other-app", new DefaultOAuth2TokenCallback("test", "sub-eli",
				"JWT", List.of("some-other-app"), Map.of("email", "eli@example.org", "azp", "some-other-app"), 3600))
			.serialize();
		String noAudience = provider.issueToken("test", "some-other-app",
				new DefaultOAuth2TokenCallback("test", "sub-eli", "JWT", List.of(), eli, 3600)).serialize();
		for (String token : List.of(otherClient, noAudience)) {
			HttpResponse<String> response = new Client().api("/api/v1/me", token);
			assertThat(response.statusCode()).isEqualTo(401);
			assertThat(response.headers().firstValue("Content-Type").orElseThrow()).contains("application/problem+json");
		}
		// Keycloak's way: issued to our client (azp), meant for the account service (aud)
		String issuedToUs = provider.issueToken("test", CLIENT_ID, new DefaultOAuth2TokenCallback("test", "sub-eli", "JWT",
				List.of("account"), Map.of("email", "eli@example.org", "azp", CLIENT_ID), 3600)).serialize();
		assertThat(new Client().api("/api/v1/me", issuedToUs).statusCode()).isEqualTo(200);
	}

	@Test
	void anInviteeWithoutAccountWhoSignsInFromTheSignInPageChoosesAmongTheirInvitations() throws Exception {
		City north = cities.save(City.apply(new CityProfile("Northinvite " + System.nanoTime(), "BE", null, 10_000L,
				List.of("nl"), null, ""), clock.instant()));
		City south = cities.save(City.apply(new CityProfile("Southinvite " + System.nanoTime(), "BE", null, 10_000L,
				List.of("nl"), null, ""), clock.instant()));
		members.issue(north.getId(), "hal@example.org", Set.of(Role.COUNCIL_MEMBER), "secretariat");
		String southToken = members.issue(south.getId(), "hal@example.org", Set.of(Role.CITY_ADMIN), "secretariat").token();
		Client client = new Client();
		provider.enqueueCallback(claims("sub-hal", Map.of("email", "Hal@Example.org", "email_verified", true, "name", "Hal E")));
		HttpResponse<String> landed = client.follow("/oauth2/authorization/testid");

		assertThat(landed.uri().getPath()).isEqualTo("/signin/invitations");
		assertThat(landed.body()).contains(north.getName()).contains(south.getName()).contains("Council member")
			.contains("Accept and join " + north.getName()).contains("Decline the invitation to " + south.getName())
			.doesNotContain("You do not have an account yet");
		// shown, not granted: no account and no session yet
		assertThat(people.findByEmail("hal@example.org")).isEmpty();
		assertThat(client.get("/my/profile").statusCode()).isEqualTo(302);

		HttpResponse<String> accepted = client.post(landed, "Accept and join " + north.getName());
		assertThat(accepted.uri().getPath()).isEqualTo("/signin/invitations");
		assertThat(accepted.body()).contains("Welcome to " + north.getName()).contains(south.getName())
			.doesNotContain("Accept and join " + north.getName());
		Person hal = people.findByEmail("hal@example.org").orElseThrow();
		assertThat(hal.getDisplayName()).isEqualTo("Hal E");
		assertThat(hal.hasRole(north.getId(), Role.COUNCIL_MEMBER)).isTrue();
		assertThat(hal.isMemberOf(south.getId())).isFalse();
		assertThat(hal.getPasswordHash()).isNull();
		assertThat(client.get("/my/profile").body()).contains("Hal E");

		HttpResponse<String> declined = client.post(accepted, "Decline the invitation to " + south.getName());
		assertThat(declined.body()).contains("You declined the invitation to " + south.getName())
			.contains("No invitations to this address are waiting any more");
		assertThat(people.findById(hal.getId()).orElseThrow().isMemberOf(south.getId())).isFalse();
		assertThat(new Client().get("/invitations/" + southToken).statusCode()).isEqualTo(410);
		assertThat(members.history(south.getId())).anyMatch(c -> c.kind() == MembershipChange.Kind.DECLINED);
		// the verified address in a session is no key to someone else's invitations
		assertThat(new Client().get("/signin/invitations").headers().firstValue("Location").orElseThrow()).endsWith("/login");
	}

	@Test
	void anotherOrUnverifiedAddressFindsNoInvitation() throws Exception {
		City city = cities.save(City.apply(new CityProfile("Ivycity " + System.nanoTime(), "BE", null, 10_000L,
				List.of("nl"), null, ""), clock.instant()));
		String token = members.issue(city.getId(), "ivy@example.org", Set.of(Role.COUNCIL_MEMBER), "secretariat").token();

		Client unverified = new Client();
		provider.enqueueCallback(claims("sub-ivy", Map.of("email", "ivy@example.org", "email_verified", false)));
		assertThat(unverified.follow("/oauth2/authorization/testid").uri().getPath()).isEqualTo("/signin/email-not-verified");
		assertThat(unverified.get("/signin/invitations").statusCode()).isEqualTo(302);

		Client other = new Client();
		provider.enqueueCallback(claims("sub-ivy2", Map.of("email", "ivy.private@example.org", "email_verified", true)));
		HttpResponse<String> landed = other.follow("/oauth2/authorization/testid");
		assertThat(landed.uri().getPath()).isEqualTo("/signin/not-invited");
		assertThat(other.get("/signin/invitations").statusCode()).isEqualTo(302);
		assertThat(members.open(token).getAcceptedAt()).isNull();
		assertThat(people.findByEmail("ivy@example.org")).isEmpty();
	}

	static DefaultOAuth2TokenCallback claims(String subject, Map<String, Object> claims) {
		return claims("test", subject, claims, 3600);
	}

	static DefaultOAuth2TokenCallback claims(String issuerId, String subject, Map<String, Object> claims, long expiry) {
		return new DefaultOAuth2TokenCallback(issuerId, subject, "JWT", List.of(CLIENT_ID), claims, expiry);
	}

	/** A cookie-keeping client that follows redirects by hand, like a browser would, across app and provider. */
	class Client {

		final HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		final List<String> visited = new ArrayList<>();

		HttpResponse<String> get(String path) throws IOException, InterruptedException {
			return send(URI.create("http://localhost:" + port + path));
		}

		HttpResponse<String> api(String path, String bearer) throws IOException, InterruptedException {
			return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Authorization", "Bearer " + bearer)
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> follow(String path) throws IOException, InterruptedException {
			return follow(URI.create("http://localhost:" + port + path));
		}

		/** Submits the form of {@code page} whose button reads {@code button} (with its CSRF token), then follows. */
		HttpResponse<String> post(HttpResponse<String> page, String button) throws IOException, InterruptedException {
			Matcher form = Pattern.compile("<form action=\"([^\"]+)\" method=\"post\">(?:(?!</form>).)*?name=\"_csrf\" value=\"([^\"]+)\""
					+ "(?:(?!</form>).)*?>\\s*" + Pattern.quote(button) + "\\s*</button>", Pattern.DOTALL).matcher(page.body());
			assertThat(form.find()).as(button).isTrue();
			URI target = page.uri().resolve(form.group(1).replace("&amp;", "&"));
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(target)
				.header("Accept-Language", "en")
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(form.group(2), StandardCharsets.UTF_8)))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
			return follow(target.resolve(response.headers().firstValue("Location").orElseThrow()));
		}

		HttpResponse<String> follow(URI start) throws IOException, InterruptedException {
			URI uri = start;
			for (int hops = 0; hops < 10; hops++) {
				HttpResponse<String> response = send(uri);
				if (response.statusCode() / 100 != 3) {
					return response;
				}
				uri = uri.resolve(response.headers().firstValue("Location").orElseThrow());
			}
			throw new AssertionError("Too many redirects: " + visited);
		}

		private HttpResponse<String> send(URI uri) throws IOException, InterruptedException {
			visited.add(uri.toString());
			return http.send(HttpRequest.newBuilder(uri).header("Accept-Language", "en").build(),
					HttpResponse.BodyHandlers.ofString());
		}

	}

}
