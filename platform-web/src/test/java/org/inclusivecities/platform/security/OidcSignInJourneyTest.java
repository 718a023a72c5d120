package org.inclusivecities.platform.security;

import java.time.Clock;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.inclusivecities.platform.browser.Browser;
import org.inclusivecities.platform.browser.Browser.Width;
import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.CityProfile;
import org.inclusivecities.platform.mail.Outbox;
import org.inclusivecities.platform.people.CityMembers;
import org.inclusivecities.platform.people.Language;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
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

	@Autowired
	Clock clock;

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

	@Autowired
	Cities cities;

	@Autowired
	CityMembers members;

	@Autowired
	Outbox outbox;

	@Test
	void strangerIsTurnedAwayAndInvitedPersonSignsIn() {
		people.save(Person.create("sso@example.org", "Sso Person", Language.EN, clock.instant()));
		String base = "http://localhost:" + port;

		provider.enqueueCallback(OidcSignInIntegrationTest.claims("sub-s", Map.of("email", "stranger@example.org", "email_verified", true)));
		browser.open(base + "/").clickInNavigation("Sign in").click("Sign in with Test ID");
		assertThat(browser.driver().getCurrentUrl()).endsWith("/signin/not-invited");
		assertThat(browser.text()).contains("You do not have an account yet");

		provider.enqueueCallback(OidcSignInIntegrationTest.claims("sub-p", Map.of("email", "sso@example.org", "email_verified", true)));
		browser.clickInNavigation("Sign in").click("Sign in with Test ID");
		browser.clickInNavigation("My workspace").click("Profile, password and API tokens");
		assertThat(browser.text()).contains("Sso Person").contains("Change your password").doesNotContain("Current password");
	}

	@Test
	void anInviteeAcceptsFromTheMailsLinkWithTheProviderAndNoPassword() {
		String base = "http://localhost:" + port;
		City city = cities.save(City.apply(new CityProfile("Ssoville", "BE", null, 20_000L, List.of("nl"), null, ""),
				clock.instant()));
		Person inviter = people.save(Person.create("ssoville-admin@example.org", "Ada", Language.EN, clock.instant()));
		members.invite(city.getId(), city.getName(), "newcomer@example.org", Set.of(Role.COUNCIL_MEMBER), inviter,
				Language.EN, base);
		String mail = outbox.findAllByRecipientOrderByCreatedAtDesc("newcomer@example.org").getFirst().getTextBody();
		Matcher link = Pattern.compile("http://localhost:\\d+/invitations/\\S+").matcher(mail);
		assertThat(link.find()).isTrue();

		provider.enqueueCallback(OidcSignInIntegrationTest.claims("sub-n",
				Map.of("email", "newcomer@example.org", "email_verified", true, "name", "New Comer")));
		browser.openFromMail(link.group()).click("Accept with Test ID");
		assertThat(browser.navigationText()).contains("Sign out");

		Person newcomer = people.findByEmail("newcomer@example.org").orElseThrow();
		assertThat(newcomer.hasRole(city.getId(), Role.COUNCIL_MEMBER)).isTrue();
		assertThat(newcomer.getPasswordHash()).isNull();
	}

	@ParameterizedTest
	@EnumSource(Width.class)
	void anInviteeWithoutTheMailSignsInWithTheProviderAndAcceptsFromTheirInvitations(Width width) {
		String base = "http://localhost:" + port;
		String suffix = width.name().toLowerCase(java.util.Locale.ROOT);
		City city = cities.save(City.apply(new CityProfile("Ssoham " + suffix, "BE", null, 20_000L, List.of("nl"), null, ""),
				clock.instant()));
		String email = "without-mail-" + suffix + "@example.org";
		members.issue(city.getId(), email, Set.of(Role.COUNCIL_MEMBER), "secretariat");

		provider.enqueueCallback(OidcSignInIntegrationTest.claims("sub-w-" + suffix,
				Map.of("email", email, "email_verified", true, "name", "Wil " + suffix)));
		browser.at(width);
		browser.open(base + "/").clickInNavigation("Sign in").click("Sign in with Test ID");
		assertThat(browser.driver().getCurrentUrl()).endsWith("/signin/invitations");
		assertThat(browser.text()).contains("Your invitations").contains("Ssoham " + suffix).contains("Council member");
		assertThat(people.findByEmail(email)).isEmpty();

		browser.click("Accept and join Ssoham " + suffix);
		assertThat(browser.text()).contains("Welcome to Ssoham " + suffix).contains("Signed in as Wil " + suffix);
		Person joined = people.findByEmail(email).orElseThrow();
		assertThat(joined.hasRole(city.getId(), Role.COUNCIL_MEMBER)).isTrue();
		assertThat(joined.getPasswordHash()).isNull();
		browser.assertNoCspViolations();
	}

}
