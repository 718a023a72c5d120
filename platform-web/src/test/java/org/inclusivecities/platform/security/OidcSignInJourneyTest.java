package org.inclusivecities.platform.security;

import java.time.Instant;
import java.util.Map;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.inclusivecities.platform.browser.Browser;
import org.inclusivecities.platform.people.Language;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** Single sign-on in a real browser: the provider button, the way back, the refusal page; all axe-clean. */
@PlatformIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class OidcSignInJourneyTest {

	@RegisterExtension
	static Browser browser = new Browser();

	static final MockOAuth2Server provider = new MockOAuth2Server();

	static {
		provider.start();
	}

	@DynamicPropertySource
	static void oidc(DynamicPropertyRegistry registry) {
		registry.add("spring.security.oauth2.client.registration.testid.client-id", () -> OidcSignInIntegrationTest.CLIENT_ID);
		registry.add("spring.security.oauth2.client.registration.testid.client-secret", () -> "secret");
		registry.add("spring.security.oauth2.client.registration.testid.client-name", () -> "Test ID");
		registry.add("spring.security.oauth2.client.registration.testid.scope", () -> "openid,email,profile");
		registry.add("spring.security.oauth2.client.provider.testid.issuer-uri", () -> provider.issuerUrl("test").toString());
	}

	@AfterAll
	static void stop() {
		provider.shutdown();
	}

	@LocalServerPort
	int port;

	@Autowired
	People people;

	@Test
	void strangerIsTurnedAwayAndInvitedPersonSignsIn() {
		people.save(Person.create("sso@example.org", "Sso Person", Language.EN, Instant.now()));
		String base = "http://localhost:" + port;

		provider.enqueueCallback(OidcSignInIntegrationTest.claims("sub-s", Map.of("email", "stranger@example.org", "email_verified", true)));
		browser.open(base + "/login").click("Sign in with Test ID");
		assertThat(browser.driver().getCurrentUrl()).endsWith("/signin/not-invited");
		assertThat(browser.text()).contains("You do not have an account yet");

		provider.enqueueCallback(OidcSignInIntegrationTest.claims("sub-p", Map.of("email", "sso@example.org", "email_verified", true)));
		browser.open(base + "/login").click("Sign in with Test ID");
		browser.open(base + "/my/profile");
		assertThat(browser.text()).contains("Sso Person").contains("Change your password").doesNotContain("Current password");
	}

}
