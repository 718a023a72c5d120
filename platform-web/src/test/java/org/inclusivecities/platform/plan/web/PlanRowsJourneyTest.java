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
import org.inclusivecities.platform.plan.Goal;
import org.inclusivecities.platform.plan.Goals;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
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
 * A council member adds two goals, changes the first in its row, removes the second after confirming and undoes the
 * removal: the goal is back in its place and the part's history names each save. At the desktop and at 390 px.
 */
@PlatformIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PlanRowsJourneyTest {

	@Autowired
	Clock clock;

	private static final String PASSWORD = "a long enough passphrase 42";

	@RegisterExtension
	static Browser browser = new Browser();

	private static final PlanSteps steps = new PlanSteps(browser);

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
	void aGoalIsChangedInPlaceRemovedAndPutBack(Width width) {
		String name = width == Width.DESKTOP ? "Rowville" : "Rowtown";
		String first = "Open a recovery café in " + name;
		String second = "Train employers in " + name;
		City city = cities.save(City.apply(new CityProfile(name, "BE", null, 60_000L, List.of("nl"), null, null),
				clock.instant()));
		Person member = Person.create("council@" + city.getSlug() + ".example", "Chris " + name, Language.EN,
				clock.instant());
		member.grant(city.getId(), Set.of(Role.COUNCIL_MEMBER), clock.instant(), "test");
		member.changePassword(passwords.encode(PASSWORD));
		people.save(member);

		browser.at(width).signIn("http://localhost:" + port, member.getEmail(), PASSWORD);
		browser.clickInNavigation("My workspace").click(name).click("Action plan").click("Goals");
		addGoal(first);
		addGoal(second);

		browser.click("Change goal: " + first);
		assertThat(browser.find(By.id("text")).getDomProperty("value")).isEqualTo(first);
		assertThat(browser.text()).doesNotContain("Add a goal");
		browser.type("text", "");
		browser.click("Save the change");
		assertThat(browser.text()).contains("There is a problem", "Enter or choose a value");
		browser.type("text", first + " and a library");
		browser.click("Save the change");
		assertThat(browser.text()).contains("Goals saved.", first + " and a library");

		browser.click("Remove goal: " + second);
		assertThat(browser.text()).contains("Do you want to remove goal “" + second + "”?");
		browser.click("Yes, remove");
		assertThat(browser.text()).contains("Removed goal “" + second + "”.");
		assertThat(texts(city)).containsExactly(first + " and a library");

		browser.click("Undo: removal of goal “" + second + "”");
		assertThat(browser.text()).contains("Put back goal “" + second + "”.");
		assertThat(texts(city)).containsExactly(first + " and a library", second);
		assertThat(browser.text()).contains("Version 5, Chris " + name);
	}

	private void addGoal(String text) {
		browser.type("text", text);
		steps.select("term", "SHORT_TERM");
		browser.click("Add goal");
		assertThat(browser.text()).contains("Goals saved.", text);
	}

	private List<String> texts(City city) {
		return plans.draft(city.getId()).goals().content().goals().stream().map(Goal::text).toList();
	}

}
