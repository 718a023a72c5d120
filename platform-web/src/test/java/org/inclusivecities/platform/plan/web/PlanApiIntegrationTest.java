package org.inclusivecities.platform.plan.web;

import java.time.Clock;

import java.time.Instant;
import java.util.Set;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.mail.Outbox;
import org.inclusivecities.platform.people.Language;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.plan.monitoring.IndicatorService;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.plan.ActionPlanService;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.inclusivecities.platform.testing.SharesContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.inclusivecities.platform.security.TestPrincipals.signedIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/* own context: its deliberate bad requests must not show up in the metrics other tests inspect */
@SharesContext
@PlatformIntegrationTest(properties = "platform.test.context=plan")
@AutoConfigureMockMvc
class PlanApiIntegrationTest {

	@Autowired
	Clock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	Cities cities;

	@Autowired
	People people;

	@Autowired
	ActionPlanService plans;

	@Autowired
	IndicatorService indicators;

	@Autowired
	Outbox outbox;

	PlanTestCities seed;

	String api;

	@BeforeEach
	void seed() {
		seed = PlanTestCities.seed(cities, people, clock, String.valueOf(System.nanoTime()));
		api = "/api/v1/cities/" + seed.a().getSlug() + "/plan";
	}

	private org.springframework.test.web.servlet.ResultActions putMission(String mission, long version) throws Exception {
		return mvc.perform(put(api + "/draft/mission").with(authentication(signedIn(seed.councilA()))).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":" + version + ",\"content\":{\"mission\":\"" + mission + "\"}}"));
	}

	@Test
	void twoSavesFromTheSameVersionSecondIsRefusedWithTheFirstAuthorAndContent() throws Exception {
		putMission("First", 0).andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
		putMission("Second", 0).andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.changedBy").value(seed.councilA().getDisplayName()))
			.andExpect(jsonPath("$.currentVersion").value(1))
			.andExpect(jsonPath("$.currentContent.mission").value("First"));
		assertThat(plans.draft(seed.a().getId()).mission().content().mission()).isEqualTo("First");
	}

	@Test
	void badInputIsAProblemNotA500() throws Exception {
		mvc.perform(put(api + "/draft/activities").with(authentication(signedIn(seed.councilA()))).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":0,\"content\":{\"activities\":[{\"title\":\"Walk\",\"type\":\"RECOVERY_WALK\","
					+ "\"startDate\":\"2027-05-10\",\"endDate\":\"2027-05-01\",\"place\":{\"name\":\"Park\"},"
					+ "\"aims\":[\"CELEBRATE_RECOVERY\"]}]}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("endDate"));
		putMission("x".repeat(6000), 0).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("plan.error.tooLong"));
		mvc.perform(put(api + "/draft/nonsense").with(authentication(signedIn(seed.councilA()))).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\":0,\"content\":{}}"))
			.andExpect(status().isBadRequest());
		mvc.perform(put(api + "/draft/mission").with(authentication(signedIn(seed.councilA()))).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{not json"))
			.andExpect(status().isBadRequest());
		mvc.perform(post(api + "/indicators").with(authentication(signedIn(seed.councilA()))).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Visitors\",\"unit\":\"people\",\"baselineValue\":-3,\"baselineDate\":\"2026-01-01\",\"frequency\":\"YEARLY\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("baselineValue"));
		mvc.perform(post(api + "/indicators/unknown/measurements").with(authentication(signedIn(seed.councilA())))
			.with(csrf()).contentType(MediaType.APPLICATION_JSON).content("[{\"date\":\"2026-03-01\",\"value\":3}]"))
			.andExpect(status().isNotFound());
		assertThat(plans.draft(seed.a().getId()).snapshot().activities().activities()).isEmpty();
		assertThat(indicators.list(seed.a().getId())).isEmpty();
	}

	@Test
	void indicatorsMeasurementsAndPublishingThroughTheApi() throws Exception {
		String location = mvc.perform(post(api + "/indicators").with(authentication(signedIn(seed.councilA())))
			.with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Visitors\",\"unit\":\"people\",\"baselineValue\":3,\"baselineDate\":\"2026-01-01\",\"frequency\":\"YEARLY\",\"aims\":[\"CELEBRATE_RECOVERY\"]}"))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getHeader("Location");
		mvc.perform(post(location + "/measurements").with(authentication(signedIn(seed.councilA()))).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("[{\"date\":\"2026-03-01\",\"value\":1e12}]"))
			.andExpect(status().isBadRequest());
		mvc.perform(post(location + "/measurements").with(authentication(signedIn(seed.councilA()))).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("[{\"date\":\"2026-03-01\",\"value\":7}]"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.measurements[0].value").value(7.0));
		String id = location.substring(location.lastIndexOf('/') + 1);
		// the indicator is at version 1 now: created at 0, one measurement added
		String renamed = "{\"version\":1,\"definition\":{\"name\":\"Visitors (all events)\",\"unit\":\"people\",\"frequency\":\"YEARLY\"}}";
		mvc.perform(put(location).with(authentication(signedIn(seed.councilA()))).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(renamed))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.definition.name").value("Visitors (all events)"));
		mvc.perform(put(location).with(authentication(signedIn(seed.councilA()))).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(renamed))
			.andExpect(status().isConflict());
		mvc.perform(post(api + "/indicators/measurements").with(authentication(signedIn(seed.councilA()))).with(csrf())
			.contentType("text/csv").content("indicator_id,date,value\n" + id + ",2026-04-01,8\n" + id + ",2026-04-31,9\n"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].line").value(3))
			.andExpect(jsonPath("$.errors[0].column").value("date"));
		mvc.perform(post(api + "/indicators/measurements").with(authentication(signedIn(seed.councilA()))).with(csrf())
			.contentType("text/csv").content("indicator_id,date,value\n" + id + ",2026-04-01,8\n"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.imported").value(1));
		assertThat(indicators.get(seed.a().getId(), id).getMeasurements()).hasSize(2);
		mvc.perform(get(api).with(authentication(signedIn(seed.councilA())))).andExpect(status().isNotFound());
		putMission("Recovery is possible", 0).andExpect(status().isOk());
		// publishing is the city admin's decision, through the API as on the page
		mvc.perform(post(api + "/versions").with(authentication(signedIn(seed.councilA()))).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(get(api)).andExpect(status().isNotFound());
		Person adminA = Person.create("admin-a-" + System.nanoTime() + "@example.org", "Ada Admin", Language.EN,
				clock.instant());
		adminA.grant(seed.a().getId(), Set.of(Role.CITY_ADMIN), clock.instant(), "test");
		adminA = people.save(adminA);
		mvc.perform(post(api + "/versions").with(authentication(signedIn(adminA))).with(csrf()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.label").value("v1"));
		mvc.perform(post(api + "/versions").with(authentication(signedIn(adminA))).with(csrf()))
			.andExpect(status().isConflict());
		assertThat(outbox.findAllByRecipientOrderByCreatedAtDesc(seed.councilA().getEmail()))
			.extracting(m -> m.getTemplate())
			.as("the council hears of the publication")
			.contains(PublicationMail.PUBLISHED);
		assertThat(outbox.findAllByRecipientOrderByCreatedAtDesc(adminA.getEmail())).isEmpty();
		mvc.perform(get(api)).andExpect(status().isOk())
			.andExpect(jsonPath("$.mission.mission").value("Recovery is possible"))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(seed.councilA().getId()))));
		mvc.perform(get(api + "/readiness").with(authentication(signedIn(seed.readerA()))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(7));
		mvc.perform(post(api + "/versions").with(authentication(signedIn(seed.readerA()))).with(csrf()))
			.andExpect(status().isNotFound());
	}

}
