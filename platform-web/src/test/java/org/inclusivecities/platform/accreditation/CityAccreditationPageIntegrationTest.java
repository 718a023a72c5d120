package org.inclusivecities.platform.accreditation;

import java.time.Clock;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.CityProfile;
import org.inclusivecities.platform.people.Language;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.request.AccreditationService;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.inclusivecities.platform.testing.SharesContext;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusivecities.platform.security.TestPrincipals.signedIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The city's accreditation page with the real plan readiness: what is missing, field errors on the request form,
 * a refused request that creates nothing, and another city's admin who gets 404 and changes nothing.
 */
@SharesContext
@PlatformIntegrationTest
@AutoConfigureMockMvc
class CityAccreditationPageIntegrationTest {

	@Autowired
	Clock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	Cities cities;

	@Autowired
	People people;

	@Autowired
	AccreditationService accreditation;

	@Test
	void unreadyCitySeesWhatIsMissingAndCannotAskWhileAnotherCityGets404() throws Exception {
		City a = cities.save(City.apply(profile("Askville"), clock.instant()));
		City b = cities.save(City.apply(profile("Otherburg"), clock.instant()));
		Person adminA = person("acc-admin-a", a, Role.CITY_ADMIN);
		Person councilA = person("acc-council-a", a, Role.COUNCIL_MEMBER);
		Person adminB = person("acc-admin-b", b, Role.CITY_ADMIN);
		String page = "/my/cities/" + a.getSlug() + "/accreditation";

		mvc.perform(get(page).with(authentication(signedIn(adminA))))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.allOf(
					org.hamcrest.Matchers.containsString("Before your city can ask for accreditation"),
					org.hamcrest.Matchers.containsString("Write the mission of your city."),
					org.hamcrest.Matchers.containsString("Your city has not asked for accreditation yet."),
					org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("name=\"reviewFrom\"")))));

		// field errors: missing and impossible dates, linked from the error summary
		mvc.perform(post(page).with(authentication(signedIn(adminA))).with(csrf())
			.param("reviewFrom", "")
			.param("reviewTo", "2027-02-30"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.allOf(
					org.hamcrest.Matchers.containsString("href=\"#reviewFrom\""),
					org.hamcrest.Matchers.containsString("Enter a date"),
					org.hamcrest.Matchers.containsString("Enter a real date, like 2027-03-01"))));
		mvc.perform(post(page).with(authentication(signedIn(adminA))).with(csrf())
			.param("reviewFrom", "2099-05-10")
			.param("reviewTo", "2099-05-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("The end must be on or after the start")));

		// valid dates, but the plan does not meet the charter: refused, nothing created
		mvc.perform(post(page).with(authentication(signedIn(adminA))).with(csrf())
			.param("reviewFrom", "2099-05-01")
			.param("reviewTo", "2099-05-31"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Your city cannot ask for accreditation now")));
		assertThat(accreditation.ownRequests(a.getId())).isEmpty();

		// a council member may look but not ask
		mvc.perform(get(page).with(authentication(signedIn(councilA)))).andExpect(status().isOk());
		mvc.perform(post(page).with(authentication(signedIn(councilA))).with(csrf())
			.param("reviewFrom", "2099-05-01")
			.param("reviewTo", "2099-05-31")).andExpect(status().isNotFound());

		// city B's admin: 404 on A's page, nothing changes
		mvc.perform(get(page).with(authentication(signedIn(adminB)))).andExpect(status().isNotFound());
		mvc.perform(post(page).with(authentication(signedIn(adminB))).with(csrf())
			.param("reviewFrom", "2099-05-01")
			.param("reviewTo", "2099-05-31")).andExpect(status().isNotFound());
		assertThat(accreditation.ownRequests(a.getId())).isEmpty();
		assertThat(accreditation.ownRequests(b.getId())).isEmpty();
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
