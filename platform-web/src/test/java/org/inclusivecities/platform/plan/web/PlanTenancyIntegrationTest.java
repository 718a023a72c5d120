package org.inclusivecities.platform.plan.web;

import java.time.Clock;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.plan.monitoring.Frequency;
import org.inclusivecities.platform.plan.monitoring.Indicator;
import org.inclusivecities.platform.plan.monitoring.IndicatorDefinition;
import org.inclusivecities.platform.plan.monitoring.IndicatorService;
import org.inclusivecities.platform.plan.monitoring.Measurement;
import org.inclusivecities.platform.plan.monitoring.MonitoringReportService;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.plan.ActionPlanService;
import org.inclusivecities.platform.plan.Aim;
import org.inclusivecities.platform.plan.Editor;
import org.inclusivecities.platform.plan.Mission;
import org.inclusivecities.platform.plan.PlanPart;
import org.inclusivecities.platform.plan.PlanPublisher;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.inclusivecities.platform.testing.SharesContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.inclusivecities.platform.security.TestPrincipals.signedIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every /my/cities/{slug}/plan/** and /api/v1/cities/{slug}/plan/** route, tried by an admin of city B on city A
 * (and on A's ids through B's own slug): 404 each time, and A's draft, indicators and versions unchanged. The
 * public never sees a draft.
 */
/* own context: its deliberate bad requests must not show up in the metrics other tests inspect */
@SharesContext
@PlatformIntegrationTest(properties = "platform.test.context=plan")
@AutoConfigureMockMvc
class PlanTenancyIntegrationTest {

	@Autowired
	Clock clock;

	static final Editor ANNA = new Editor("anna", "Anna");

	@Autowired
	MockMvc mvc;

	@Autowired
	Cities cities;

	@Autowired
	People people;

	@Autowired
	ActionPlanService plans;

	@Autowired
	PlanPublisher publisher;

	@Autowired
	IndicatorService indicators;

	@Autowired
	MonitoringReportService reports;

	PlanTestCities seed;

	String indicatorA;

	int year;

	@BeforeEach
	void seed() {
		year = LocalDate.now(clock).getYear();
		seed = PlanTestCities.seed(cities, people, clock, String.valueOf(System.nanoTime()));
		String a = seed.a().getId();
		plans.save(a, PlanPart.MISSION, 0, new Mission("Published mission of A", null), ANNA);
		publisher.publish(a, ANNA);
		plans.save(a, PlanPart.MISSION, 1, new Mission("Secret draft mission of A", null), ANNA);
		Indicator indicator = indicators.define(a, new IndicatorDefinition("Visitors", "people", 1d, LocalDate.of(2026, 1, 1),
				null, null, Frequency.YEARLY, Set.of(Aim.CELEBRATE_RECOVERY), List.of()));
		indicators.record(a, indicator.getId(), List.of(new Measurement(null, LocalDate.of(2026, 2, 1), 5, null, null)));
		indicatorA = indicator.getId();
		reports.report(a, year);
	}

	List<AbstractMockHttpServletRequestBuilder<?>> routes(String slug) {
		String my = "/my/cities/" + slug + "/plan";
		String api = "/api/v1/cities/" + slug + "/plan";
		List<AbstractMockHttpServletRequestBuilder<?>> routes = new ArrayList<>();
		for (String page : List.of("", "/council", "/mission", "/goals", "/baseline", "/activities", "/kickoff",
				"/communication", "/goals?edit=0", "/goals?remove=0", "/indicators", "/indicators/" + indicatorA, "/indicators/" + indicatorA + "/edit", "/indicators/template.csv", "/reports",
				"/reports/" + year, "/history", "/history/1", "/diff?from=1&to=1")) {
			routes.add(get(my + page));
		}
		for (String action : List.of("/council", "/council/remove", "/mission", "/goals", "/goals/remove", "/goals/change", "/goals/undo",
				"/baseline/practices", "/baseline/stakeholders", "/baseline/practices/remove",
				"/baseline/stakeholders/remove", "/activities", "/activities/remove", "/kickoff", "/communication",
				"/communication/remove", "/publish", "/indicators", "/indicators/" + indicatorA + "/measurements",
				"/indicators/" + indicatorA + "/measurements/remove", "/indicators/" + indicatorA + "/remove", "/indicators/" + indicatorA + "/edit",
				"/reports/" + year, "/reports/" + year + "/held", "/reports/" + year + "/submit")) {
			routes.add(post(my + action).with(csrf())
				.param("version", "1").param("index", "0").param("id", "x").param("measurementId", "x")
				.param("name", "Intruder").param("profile", "CITIZEN").param("mission", "Hijacked").param("text", "t")
				.param("term", "SHORT_TERM").param("sector", "HOUSING").param("existing", "e").param("organisation", "o")
				.param("influence", "LOW").param("interest", "LOW").param("engagement", "INFORM").param("title", "t")
				.param("type", "OTHER").param("startDate", "2027-01-01").param("place", "p").param("aims", "CELEBRATE_RECOVERY")
				.param("date", year + "-01-02").param("value", "1").param("unit", "u").param("frequency", "YEARLY")
				.param("audience", "a").param("message", "m").param("channel", "c").param("reflection", "r")
				.param("nextSteps", "n"));
		}
		routes.add(multipart(my + "/indicators/import")
			.file(new MockMultipartFile("file", "m.csv", "text/csv",
					("indicator_id,date,value\n" + indicatorA + ",2026-05-01,9\n").getBytes(StandardCharsets.UTF_8)))
			.with(csrf()));
		for (String read : List.of("/draft", "/draft/mission", "/readiness", "/versions", "/versions/1", "/indicators",
				"/indicators/" + indicatorA)) {
			routes.add(get(api + read));
		}
		routes.add(put(api + "/draft/mission").with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":1,\"content\":{\"mission\":\"Hijacked\"}}"));
		routes.add(post(api + "/versions").with(csrf()));
		routes.add(post(api + "/indicators").with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"X\",\"unit\":\"u\",\"frequency\":\"YEARLY\"}"));
		routes.add(post(api + "/indicators/" + indicatorA + "/measurements").with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("[{\"date\":\"2026-03-01\",\"value\":3}]"));
		routes.add(delete(api + "/indicators/" + indicatorA).with(csrf()));
		routes.add(put(api + "/indicators/" + indicatorA).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":1,\"definition\":{\"name\":\"Hijacked\",\"unit\":\"u\",\"frequency\":\"YEARLY\"}}"));
		routes.add(get(api + "/indicators/measurements/template"));
		routes.add(post(api + "/indicators/measurements").with(csrf()).contentType("text/csv")
			.content("indicator_id,date,value\n" + indicatorA + ",2026-05-01,9\n"));
		return routes;
	}

	@Test
	void aMemberOfCityBGets404OnEveryRouteOfCityAAndChangesNothing() throws Exception {
		var before = state();
		for (AbstractMockHttpServletRequestBuilder<?> route : routes(seed.a().getSlug())) {
			mvc.perform(route.with(authentication(signedIn(seed.councilB())))).andExpect(status().isNotFound());
		}
		assertThat(state()).isEqualTo(before);
	}

	@Test
	void cityAsIndicatorIsNotReachableThroughCityBsOwnSlug() throws Exception {
		var before = state();
		String b = seed.b().getSlug();
		for (AbstractMockHttpServletRequestBuilder<?> route : List.<AbstractMockHttpServletRequestBuilder<?>>of(get("/my/cities/" + b + "/plan/indicators/" + indicatorA),
				post("/my/cities/" + b + "/plan/indicators/" + indicatorA + "/measurements").with(csrf())
					.param("date", "2026-01-01").param("value", "4"),
				post("/my/cities/" + b + "/plan/indicators/" + indicatorA + "/remove").with(csrf()),
				get("/api/v1/cities/" + b + "/plan/indicators/" + indicatorA),
				post("/api/v1/cities/" + b + "/plan/indicators/" + indicatorA + "/measurements").with(csrf())
					.contentType(MediaType.APPLICATION_JSON).content("[{\"date\":\"2026-03-01\",\"value\":3}]"),
				delete("/api/v1/cities/" + b + "/plan/indicators/" + indicatorA).with(csrf()))) {
			mvc.perform(route.with(authentication(signedIn(seed.councilB())))).andExpect(status().isNotFound());
		}
		assertThat(state()).isEqualTo(before);
	}

	@Test
	void thePublicSeesOnlyTheLatestPublishedVersionNeverTheDraft() throws Exception {
		var before = state();
		for (AbstractMockHttpServletRequestBuilder<?> route : routes(seed.a().getSlug())) {
			int status = mvc.perform(route).andReturn().getResponse().getStatus();
			assertThat(status).as(route.toString()).isIn(302, 401, 403, 404);
		}
		assertThat(state()).isEqualTo(before);
		mvc.perform(get("/api/v1/cities/" + seed.a().getSlug() + "/plan"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Published mission of A")))
			.andExpect(content().string(not(containsString("Secret draft"))));
		mvc.perform(get("/api/v1/cities/" + seed.b().getSlug() + "/plan")).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/cities/" + seed.b().getSlug() + "/plan/export.pdf")).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/cities/" + seed.a().getSlug() + "/plan/export.pdf"))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF));
	}

	private List<Object> state() {
		String a = seed.a().getId();
		Indicator indicator = indicators.get(a, indicatorA);
		return List.of(plans.draft(a).snapshot(), plans.draft(a).mission().version(), publisher.history(a).size(),
				indicators.list(a).size(), indicator.getDefinition(), indicator.getMeasurements(),
				reports.report(a, year).getVersion());
	}

}
