package org.inclusivecities.platform.practice.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.matching.MatchingNetwork;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.plan.Sector;
import org.inclusivecities.platform.practice.PracticeAdoption;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.inclusivecities.platform.practice.web.PracticeFixtures.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Adoption as a relationship: the adopting city's adaptation, its own indicator (never another city's), the result
 * it reports back and its withdrawal, as the practice page, the open-data API and the library's order show them.
 * Two cities adopt from a third; nothing of one city's adoption is reachable from the other's workspace.
 */
@PlatformIntegrationTest
@AutoConfigureMockMvc
class AdoptionIntegrationTest {

	static final String PASSWORD = "correct horse battery staple";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	PracticeAdoption adoptions;

	@Autowired
	Clock clock;

	AdoptionSeeds seeds;

	MatchingNetwork network;

	City author;

	City adopter;

	Person adopterAdmin;

	Person authorAdmin;

	String practiceId;

	String ownIndicator;

	String foreignIndicator;

	@BeforeEach
	void seed() {
		seeds = AdoptionSeeds.of(context);
		network = seeds.network;
		author = network.city("Brugge", "BE", 100_000);
		adopter = network.city("Zwolle", "NL", 120_000);
		network.publishGaps(adopter, Sector.HEALTH);
		practiceId = network.practice(author, "Recovery cafe " + network.run, "Neighbours meet people in recovery",
				true, Sector.HEALTH);
		adopterAdmin = network.person("Zara", adopter, Role.CITY_ADMIN, PASSWORD);
		authorAdmin = network.person("Bram", author, Role.CITY_ADMIN, PASSWORD);
		ownIndicator = seeds.indicator(adopter, "Visitors of the cafe", 24);
		foreignIndicator = seeds.indicator(author, "Brugge visitors", 99);
	}

	@Test
	void theAdaptationResultAndLatestMeasurementShowOnThePracticePageAndInTheApi() throws Exception {
		adopt(adopterAdmin, adopter, "In the district library on Fridays", ownIndicator)
			.andExpect(status().is3xxRedirection());
		LocalDate asOf = LocalDate.now(clock).minusDays(3);
		report(adopterAdmin, adopter, "Twenty neighbours each week", asOf.toString())
			.andExpect(status().is3xxRedirection());

		String page = mvc.perform(get("/practices/" + practiceId)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Adopted by 1 city", "href=\"/cities/" + adopter.getSlug() + "\"",
				"In the district library on Fridays", "Twenty neighbours each week",
				"Result as of " + asOf.getDayOfMonth() + " ", "Indicator: Visitors of the cafe", "24 people on ")
			.doesNotContain("Brugge visitors");
		mvc.perform(get("/api/v1/practices/" + practiceId))
			.andExpect(jsonPath("$.adoptionCount").value(1))
			.andExpect(jsonPath("$.adoptions[0].city").value(adopter.getName()))
			.andExpect(jsonPath("$.adoptions[0].cityHref").value("/api/v1/cities/" + adopter.getSlug()))
			.andExpect(jsonPath("$.adoptions[0].adaptation").value("In the district library on Fridays"))
			.andExpect(jsonPath("$.adoptions[0].result").value("Twenty neighbours each week"))
			.andExpect(jsonPath("$.adoptions[0].resultAsOf").value(asOf.toString()))
			.andExpect(jsonPath("$.adoptions[0].indicator.name").value("Visitors of the cafe"))
			.andExpect(jsonPath("$.adoptions[0].indicator.latestValue").value(24.0));
		mvc.perform(get("/api/v1/practices").param("q", "Recovery cafe " + network.run))
			.andExpect(jsonPath("$.results[0].id").value(practiceId))
			.andExpect(jsonPath("$.results[0].adoptionCount").value(1));
		assertThat(csvRow()).contains(",1," + adopter.getName() + ",");
		mvc.perform(get("/v3/api-docs"))
			.andExpect(jsonPath("$.components.schemas.PracticeAdoption.properties.adaptation").exists())
			.andExpect(jsonPath("$.components.schemas.PracticeAdoption.properties.resultAsOf").exists())
			.andExpect(jsonPath("$.paths['/api/v1/practices'].get.parameters[?(@.name == 'sort')]").exists());
	}

	@Test
	void anIndicatorOfAnotherCityIsRefusedOnItsFieldAndNothingIsWritten() throws Exception {
		String html = adopt(adopterAdmin, adopter, "Our own way", foreignIndicator).andExpect(status().isBadRequest())
			.andReturn().getResponse().getContentAsString();
		assertThat(html).contains("There is a problem", "href=\"#indicatorId\"",
				"Choose one of the indicators of your own city");
		assertThat(adoptions.list(adopter.getId())).isEmpty();
		mvc.perform(get("/practices/" + practiceId)).andExpect(content().string(containsString("Not adopted by other cities yet")));

		adopt(adopterAdmin, adopter, "Our own way", ownIndicator).andExpect(status().is3xxRedirection());
		mvc.perform(post(adopted(adopter)).param("adaptation", "Changed").param("indicatorId", foreignIndicator)
			.with(as(adopterAdmin)).with(csrf())).andExpect(status().isBadRequest());
		assertThat(adoptions.get(adopter.getId(), practiceId).getAdaptation()).isEqualTo("Our own way");
		assertThat(adoptions.get(adopter.getId(), practiceId).getIndicatorId()).isEqualTo(ownIndicator);
	}

	@Test
	void fieldErrorsAreNamedAndLinkedAndNothingHalfWritten() throws Exception {
		assertThat(adopt(adopterAdmin, adopter, " ", "").andExpect(status().isBadRequest()).andReturn().getResponse()
			.getContentAsString()).contains("href=\"#adaptation\"", "Enter how your city adapted the practice");
		assertThat(adoptions.list(adopter.getId())).isEmpty();
		adopt(adopterAdmin, adopter, "Our own way", "").andExpect(status().is3xxRedirection());
		assertThat(report(adopterAdmin, adopter, "Good", "2026-02-30").andExpect(status().isBadRequest())
			.andReturn().getResponse().getContentAsString()).contains("href=\"#resultAsOf\"",
					"Enter the day the result holds for as a real date");
		assertThat(report(adopterAdmin, adopter, "Good", LocalDate.now(clock).plusDays(1).toString())
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString())
			.contains("The day the result holds for cannot be in the future");
		assertThat(report(adopterAdmin, adopter, "", LocalDate.now(clock).toString()).andExpect(status().isBadRequest())
			.andReturn().getResponse().getContentAsString()).contains("href=\"#result\"", "Enter the result");
		assertThat(adoptions.get(adopter.getId(), practiceId).getResult()).isNull();
		assertThat(adoptions.get(adopter.getId(), practiceId).getResultAsOf()).isNull();
	}

	@Test
	void aWithdrawnAdoptionIsKeptButNeitherShownNorCountedAndCanBeTakenUpAgain() throws Exception {
		adopt(adopterAdmin, adopter, "Fridays in the library", ownIndicator).andExpect(status().is3xxRedirection());
		mvc.perform(get(adopted(adopter) + "/withdraw").with(as(adopterAdmin))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Yes, withdraw the adoption")));
		assertThat(adoptions.get(adopter.getId(), practiceId).isActive()).as("asking is not withdrawing").isTrue();
		mvc.perform(post(adopted(adopter) + "/withdraw").with(as(adopterAdmin)).with(csrf()))
			.andExpect(status().is3xxRedirection());

		mvc.perform(get("/practices/" + practiceId))
			.andExpect(content().string(containsString("Not adopted by other cities yet")))
			.andExpect(content().string(not(containsString("Fridays in the library"))));
		mvc.perform(get("/api/v1/practices/" + practiceId)).andExpect(jsonPath("$.adoptionCount").value(0))
			.andExpect(jsonPath("$.adoptions").isEmpty());
		mvc.perform(get("/api/v1/practices").param("q", "Recovery cafe " + network.run))
			.andExpect(jsonPath("$.results[0].adoptionCount").value(0));
		assertThat(csvRow()).contains(",0,,").endsWith("/practices/" + practiceId);
		mvc.perform(get("/cities/" + adopter.getSlug())).andExpect(content().string(not(containsString("Recovery cafe"))));
		mvc.perform(get(adopted(adopter).replace("/" + practiceId, "")).with(as(adopterAdmin)))
			.andExpect(content().string(containsString("Withdrawn")));
		mvc.perform(post(adopted(adopter) + "/withdraw").with(as(adopterAdmin)).with(csrf()))
			.andExpect(status().isConflict());
		report(adopterAdmin, adopter, "Late", LocalDate.now(clock).toString()).andExpect(status().isConflict());

		adopt(adopterAdmin, adopter, "Back on Saturdays", "").andExpect(status().is3xxRedirection());
		mvc.perform(get("/practices/" + practiceId)).andExpect(content().string(containsString("Adopted by 1 city")))
			.andExpect(content().string(containsString("Back on Saturdays")));
	}

	@Test
	void anotherCitysMembersGet404AndChangeNothing() throws Exception {
		adopt(adopterAdmin, adopter, "Fridays in the library", ownIndicator).andExpect(status().is3xxRedirection());
		String foreign = adopted(adopter);
		String own = adopted(author);
		for (String url : List.of(foreign, foreign + "/withdraw", own, own + "/withdraw")) {
			mvc.perform(get(url).with(as(authorAdmin))).andExpect(status().isNotFound());
		}
		for (String url : List.of(foreign, foreign + "/result", foreign + "/withdraw", own, own + "/result",
				own + "/withdraw")) {
			mvc.perform(post(url).param("adaptation", "Taken over").param("result", "x")
				.param("resultAsOf", LocalDate.now(clock).toString()).with(as(authorAdmin)).with(csrf()))
				.andExpect(status().isNotFound());
		}
		assertThat(adoptions.get(adopter.getId(), practiceId).isActive()).isTrue();
		assertThat(adoptions.get(adopter.getId(), practiceId).getAdaptation()).isEqualTo("Fridays in the library");
		assertThat(adoptions.get(adopter.getId(), practiceId).getResult()).isNull();
	}

	@Test
	void theLibraryAndTheApiSortByAdoptions() throws Exception {
		String other = network.practice(author, "Recovery walk " + network.run, "A walk through town", true,
				Sector.HEALTH);
		adopt(adopterAdmin, adopter, "Fridays in the library", "").andExpect(status().is3xxRedirection());
		assertThat(ids(mvc.perform(get("/api/v1/practices").param("q", network.run))))
			.as("equally relevant: the one indexed first (the adopted one was indexed again)")
			.containsExactly(other, practiceId);
		assertThat(ids(mvc.perform(get("/api/v1/practices").param("q", network.run).param("sort", "adoptions"))))
			.containsExactly(practiceId, other);
		String html = mvc.perform(get("/practices").param("q", network.run).param("sort", "adoptions"))
			.andReturn().getResponse().getContentAsString();
		assertThat(html.indexOf("/practices/" + practiceId)).isPositive().isLessThan(html.indexOf("/practices/" + other));
		assertThat(html).contains("<option value=\"adoptions\" selected=\"selected\">");
		mvc.perform(get("/api/v1/practices").param("sort", "popular")).andExpect(status().isBadRequest());
		mvc.perform(get("/practices").param("sort", "popular")).andExpect(status().isOk());
	}

	/** The practice's row of the open-data CSV. */
	private String csvRow() throws Exception {
		return mvc.perform(get("/practices.csv")).andReturn().getResponse().getContentAsString().lines()
			.filter(line -> line.startsWith(practiceId))
			.findFirst()
			.orElseThrow();
	}

	private static List<String> ids(ResultActions result) throws Exception {
		return com.jayway.jsonpath.JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.results[*].id");
	}

	private ResultActions adopt(Person person, City city, String adaptation, String indicatorId) throws Exception {
		return mvc.perform(post("/my/cities/" + city.getSlug() + "/practices/adopt/" + practiceId)
			.param("adaptation", adaptation).param("reference", "").param("indicatorId", indicatorId)
			.with(as(person)).with(csrf()));
	}

	private ResultActions report(Person person, City city, String result, String asOf) throws Exception {
		return mvc.perform(post(adopted(city) + "/result").param("result", result).param("resultAsOf", asOf)
			.with(as(person)).with(csrf()));
	}

	private String adopted(City city) {
		return "/my/cities/" + city.getSlug() + "/practices/adopted/" + practiceId;
	}

}
