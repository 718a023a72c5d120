package org.inclusivecities.platform.plan.web;

import java.time.Clock;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.inclusivecities.platform.browser.Browser;
import org.inclusivecities.platform.browser.Browser.Width;
import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.CityProfile;
import org.inclusivecities.platform.city.CityStatus;
import org.inclusivecities.platform.people.Language;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.plan.ActionPlanService;
import org.inclusivecities.platform.plan.Editor;
import org.inclusivecities.platform.plan.Mission;
import org.inclusivecities.platform.plan.PlanPart;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.inclusivecities.platform.testing.SharesContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A city admin adds a council member with her consent to be named in public (in writing, on a date), publishes the
 * plan and finds her name on the city's public profile and in its PDF and JSON; when she asks, the admin withdraws
 * the consent, and the name is gone from the profile, the PDF and the JSON at once, her profile staying. At the
 * desktop and at 390 px; the PDF and JSON are read from the links the profile offers.
 */
@SharesContext
@PlatformIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ConsentJourneyTest {

	@Autowired
	Clock clock;

	private static final String PASSWORD = "a long enough passphrase 42";

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	Cities cities;

	@Autowired
	People people;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	ActionPlanService plans;

	@ParameterizedTest
	@EnumSource(Width.class)
	void aConsentGivenThenWithdrawnTakesTheNameFromEveryPublicRepresentation(Width width) throws Exception {
		String name = width == Width.DESKTOP ? "Consentstad" : "Consentdorp";
		String member = width == Width.DESKTOP ? "Noor Zichtbaar" : "Nadia Zichtbaar";
		City applied = City.apply(new CityProfile(name, "BE", null, 60_000L, List.of("en"), null, null),
				Instant.parse("2024-01-01T00:00:00Z"));
		applied.moveTo(CityStatus.MEMBER, Instant.parse("2024-02-01T00:00:00Z"), "admin", null);
		City city = cities.save(applied);
		String admin = admin(city);
		plans.save(city.getId(), PlanPart.MISSION, 0, new Mission("Recovery is seen in " + name, null),
				new Editor("seed", "Seed"));
		String base = "http://localhost:" + port;

		browser.at(width).signIn(base, admin, PASSWORD);
		browser.clickInNavigation("My workspace").click(name).click("Action plan").click("Council");
		browser.type("name", member).type("organisation", "Herstelcafé");
		new Select(browser.find(By.id("profile"))).selectByValue("PERSON_IN_RECOVERY");
		browser.find(By.id("consent-PUBLIC")).click();
		browser.find(By.id("basis")).click();
		String given = LocalDate.now(clock).minusDays(1).toString();
		browser.type("givenOn", given);
		browser.click("Add member");
		assertThat(browser.text()).contains("Council saved.", member, "Public, given on");

		browser.click("Back to the action plan").click("Publish the plan");
		assertThat(browser.text()).contains("Plan published as v1.");

		openProfile(name);
		assertThat(browser.text()).contains(member, "Herstelcafé", "Person in recovery");
		assertThat(pdf()).contains(member);
		assertThat(json()).contains(member);

		// she asks to be taken off: the admin withdraws her consent
		browser.clickInNavigation("My workspace").click(name).click("Action plan").click("Council");
		browser.click("Consent " + member);
		assertThat(browser.text()).contains("Consent of " + member + " to be named", "Public, given on",
				"By " + member + " on", "In writing");
		browser.click("Withdraw consent");
		assertThat(browser.text()).contains("The consent of " + member + " is withdrawn", "Withdrawn on",
				"By Ada Admin");
		browser.click("Back to the council");
		assertThat(browser.text()).contains("Withdrawn on");

		openProfile(name);
		assertThat(browser.text()).contains("Person in recovery").doesNotContain(member, "Herstelcafé");
		assertThat(pdf()).doesNotContain(member);
		assertThat(json()).doesNotContain(member).doesNotContain("Herstelcaf");
	}

	private void openProfile(String name) {
		browser.clickInNavigation("Member cities").type("q", name).click("Apply filters").click(name);
		assertThat(browser.text()).contains("Action plan (v1)");
	}

	private String pdf() throws Exception {
		byte[] bytes = fetch(browser.find(By.linkText("Download the published plan (PDF)")).getDomAttribute("href"),
				HttpResponse.BodyHandlers.ofByteArray());
		return PdfText.of(bytes);
	}

	private String json() throws Exception {
		return fetch(browser.find(By.linkText("The published plan as open data (JSON)")).getDomAttribute("href"),
				HttpResponse.BodyHandlers.ofString());
	}

	/** What a visitor downloads from a link of the page (read as a file, not as a page to click on from). */
	private <T> T fetch(String href, HttpResponse.BodyHandler<T> body) throws Exception {
		try (HttpClient client = HttpClient.newHttpClient()) {
			HttpResponse<T> response = client.send(
					HttpRequest.newBuilder(URI.create("http://localhost:" + port).resolve(href)).build(), body);
			assertThat(response.statusCode()).as(href).isEqualTo(200);
			return response.body();
		}
	}

	private String admin(City city) {
		String email = "ada@" + city.getSlug() + ".example";
		Person person = Person.create(email, "Ada Admin", Language.EN, clock.instant());
		person.grant(city.getId(), Set.of(Role.CITY_ADMIN), clock.instant(), "test");
		person.changePassword(passwords.encode(PASSWORD));
		people.save(person);
		return email;
	}

}
