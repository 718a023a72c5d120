package org.inclusivecities.platform.plan.web;

import java.time.Clock;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.inclusivecities.platform.browser.Browser;
import org.inclusivecities.platform.browser.Browser.Width;
import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.CityProfile;
import org.inclusivecities.platform.people.Language;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.plan.ActionPlanService;
import org.inclusivecities.platform.plan.Mission;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.inclusivecities.platform.testing.SharesContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two council members, each in their own browser, open the mission and vision at the same time. Bea saves a new
 * mission first; Ann, who changed the mission and the vision, gets her vision merged and the mission shown side by
 * side with Bea's; saving again without choosing changes nothing; she combines both texts and saves. Nothing of
 * either is lost. At the desktop and at 390 px.
 */
@SharesContext
@PlatformIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class CoEditingJourneyTest {

	@Autowired
	Clock clock;

	private static final String PASSWORD = "a long enough passphrase 42";

	@RegisterExtension
	static Browser ann = new Browser();

	@RegisterExtension
	static Browser bea = new Browser();

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
	void twoCouncilMembersEditTheMissionAndNothingIsLost(Width width) {
		String name = width == Width.DESKTOP ? "Mergeville" : "Mergetown";
		City city = cities.save(City.apply(new CityProfile(name, "BE", null, 50_000L, List.of("nl"), null, null),
				clock.instant()));
		String annEmail = member(city, "ann", "Ann Aerts");
		String beaEmail = member(city, "bea", "Bea Janssens");
		String base = "http://localhost:" + port;

		ann.at(width).signIn(base, annEmail, PASSWORD);
		openMission(ann, name);
		ann.type("mission", "Recovery is everybody's business.");
		ann.type("vision", "A city where recovery is visible.");

		bea.at(width).signIn(base, beaEmail, PASSWORD);
		openMission(bea, name);
		bea.type("mission", "No one walks the recovery path alone.");
		bea.click("Save");
		assertThat(bea.text()).contains("Mission and vision saved.");

		ann.click("Save");
		assertThat(ann.text()).contains("Someone else changed this section", "Changed by Bea Janssens",
				"Their version: Mission", "No one walks the recovery path alone.", "Your version: Mission",
				"Recovery is everybody's business.");
		assertThat(ann.find(By.id("vision")).getDomProperty("value")).isEqualTo("A city where recovery is visible.");

		ann.click("Save");
		assertThat(ann.text()).contains("There is a problem", "Choose which text to keep");

		ann.find(By.id("choice-mission-mine")).click();
		ann.type("mission", "No one walks the recovery path alone: recovery is everybody's business.");
		ann.click("Save");
		assertThat(ann.text()).contains("Mission and vision saved.", "Ann Aerts");
		assertThat(ann.find(By.id("mission")).getDomProperty("value"))
			.isEqualTo("No one walks the recovery path alone: recovery is everybody's business.");
		assertThat(ann.find(By.id("vision")).getDomProperty("value")).isEqualTo("A city where recovery is visible.");

		Mission stored = plans.draft(city.getId()).mission().content();
		assertThat(stored).isEqualTo(new Mission("No one walks the recovery path alone: recovery is everybody's business.",
				"A city where recovery is visible."));
	}

	private static void openMission(Browser browser, String city) {
		browser.clickInNavigation("My workspace").click(city).click("Action plan").click("Mission and vision");
	}

	private String member(City city, String who, String displayName) {
		String email = who + "@" + city.getSlug() + ".example";
		Person person = Person.create(email, displayName, Language.EN, clock.instant());
		person.grant(city.getId(), Set.of(Role.COUNCIL_MEMBER), clock.instant(), "test");
		person.changePassword(passwords.encode(PASSWORD));
		people.save(person);
		return email;
	}

}
