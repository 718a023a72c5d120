package org.inclusivecities.platform.workspace;

import java.time.Clock;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.CityProfile;
import org.inclusivecities.platform.people.Language;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.plan.Aim;
import org.inclusivecities.platform.plan.monitoring.Frequency;
import org.inclusivecities.platform.plan.monitoring.IndicatorDefinition;
import org.inclusivecities.platform.plan.monitoring.IndicatorService;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.inclusivecities.platform.testing.SharesContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.inclusivecities.platform.security.TestPrincipals.signedIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The homes, seeded with two cities: each city's workspace home and its members' waiting lists show that city's
 * parts only; a foreign city's home is 404; what waits depends on the roles; the navigation counts it and marks
 * where the page belongs; the secretariat's home is the secretariat's alone.
 */
@SharesContext
@PlatformIntegrationTest
@AutoConfigureMockMvc
class WorkspaceHomesIntegrationTest {

	@Autowired
	Clock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	Cities cities;

	@Autowired
	People people;

	@Autowired
	IndicatorService indicators;

	City a;

	City b;

	Person councilA;

	Person reviewerA;

	Person adminB;

	@BeforeEach
	void seed() {
		String suffix = String.valueOf(System.nanoTime());
		a = cities.save(City.apply(profile("Alphaville " + suffix), clock.instant()));
		b = cities.save(City.apply(profile("Betatown " + suffix), clock.instant()));
		councilA = person("council-a-" + suffix, a, Role.COUNCIL_MEMBER);
		reviewerA = person("reviewer-a-" + suffix, a, Role.REVIEWER);
		adminB = person("admin-b-" + suffix, b, Role.CITY_ADMIN);
		indicators.define(a.getId(), new IndicatorDefinition("Alpha walkers", "people", 10.0,
				LocalDate.now(clock).minusMonths(2), null, null, Frequency.MONTHLY, Set.of(Aim.CELEBRATE_RECOVERY), List.of()));
		indicators.define(b.getId(), new IndicatorDefinition("Beta walkers", "people", 10.0,
				LocalDate.now(clock).minusMonths(2), null, null, Frequency.MONTHLY, Set.of(Aim.CELEBRATE_RECOVERY), List.of()));
	}

	@Test
	void aCityHomeShowsEveryRegisteredSectionOfThatCityOnly() throws Exception {
		String home = page("/my/cities/" + a.getSlug(), councilA);
		assertThat(section(home, "plan")).contains("href=\"/my/cities/" + a.getSlug()
				+ "/plan/council\">Next step: Council formed</a>", "0 of 7 charter requirements met");
		assertThat(section(home, "monitoring")).containsPattern("href=\"/my/cities/" + a.getSlug()
				+ "/plan/indicators/[^\"]+\">Measure “Alpha walkers”");
		assertThat(home).contains("id=\"section-activities\"", "id=\"section-practices\"",
				"id=\"section-accreditation\"", "id=\"section-members\"")
			.doesNotContain("Beta walkers", b.getName());
		// sections are in their registered order
		assertThat(home.indexOf("section-plan")).isLessThan(home.indexOf("section-activities"));
		assertThat(home.indexOf("section-practices")).isLessThan(home.indexOf("section-members"));
	}

	@Test
	void aForeignCitysHomeIsNotFound() throws Exception {
		mvc.perform(get("/my/cities/" + b.getSlug()).with(authentication(signedIn(councilA))))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("Beta walkers"))));
		mvc.perform(get("/my/cities/no-such-city").with(authentication(signedIn(councilA))))
			.andExpect(status().isNotFound());
	}

	@Test
	void whatWaitsFollowsTheRolesAndIsCountedInTheNavigation() throws Exception {
		String mine = page("/my", councilA);
		String waiting = between(mine, "<ul class=\"govuk-list govuk-list--spaced\" id=\"waiting\"", "</ul>");
		assertThat(waiting.split("<li>", -1)).hasSize(3);
		assertThat(waiting).contains(">Measure “Alpha walkers” for " + a.getName() + "</a>",
				">Action plan of " + a.getName() + ": Council formed</a>");
		assertThat(between(mine, "id=\"waiting-count\"", "</a>")).contains(">2</span>", "waiting for you");
		assertThat(currentInNavigation(mine)).contains("My workspace");
		assertThat(mine).doesNotContain("Beta walkers", b.getName());
		// a reviewer of the same city edits no plan: no plan step, no measurement, nothing to count
		String reviewers = page("/my", reviewerA);
		assertThat(reviewers).contains("Nothing is waiting for you.", "href=\"/my/reviews\"")
			.doesNotContain("id=\"waiting-count\"", "Alpha walkers");
		// the public pages belong to their own part of the navigation
		assertThat(currentInNavigation(page("/cities", councilA))).contains("Member cities");
	}

	@Test
	void onlyTheSecretariatHasItsHome() throws Exception {
		mvc.perform(get("/admin").with(authentication(signedIn(adminB)))).andExpect(status().isForbidden());
		Person secretariat = Person.create("sec-" + System.nanoTime() + "@example.org", "Sec", Language.EN,
				clock.instant());
		secretariat.makeNetworkAdmin();
		people.save(secretariat);
		String home = page("/admin", secretariat);
		assertThat(section(home, "applications")).contains("href=\"/admin/applications\"");
		assertThat(home).contains("id=\"section-practices\"", "href=\"/admin/practices\"",
				"id=\"section-accreditation\"", "href=\"/admin/accreditation\"", "id=\"section-outbox\"",
				"id=\"section-import\"", "href=\"/admin/import\"");
		assertThat(currentInNavigation(home)).contains("Secretariat");
	}

	private String page(String path, Person person) throws Exception {
		return mvc.perform(get(path).with(authentication(signedIn(person))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/** The markup of one home section, from its opening tag to the next section's. */
	private static String section(String page, String id) {
		int start = page.indexOf("id=\"section-" + id + "\"");
		assertThat(start).as("section %s on the page", id).isNotNegative();
		int next = page.indexOf("id=\"section-", start + 1);
		return page.substring(start, next < 0 ? page.length() : next);
	}

	private static String between(String page, String from, String to) {
		int start = page.indexOf(from);
		assertThat(start).as("%s on the page", from).isNotNegative();
		return page.substring(start, page.indexOf(to, start));
	}

	/** The navigation link marked as the current section. */
	private static String currentInNavigation(String page) {
		String navigation = between(page, "id=\"navigation\"", "</ul>");
		int current = navigation.indexOf("aria-current=\"true\"");
		assertThat(current).as("a current section in the navigation").isNotNegative();
		return navigation.substring(current, navigation.indexOf("</a>", current));
	}

	private Person person(String name, City city, Role role) {
		Person person = Person.create(name + "@example.org", name, Language.EN, clock.instant());
		person.grant(city.getId(), Set.of(role), clock.instant(), "test");
		return people.save(person);
	}

	private static CityProfile profile(String name) {
		return new CityProfile(name, "BE", null, 100_000L, List.of("nl"), null, null);
	}

}
