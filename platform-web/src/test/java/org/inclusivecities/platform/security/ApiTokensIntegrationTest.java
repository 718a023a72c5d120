package org.inclusivecities.platform.security;

import java.time.Clock;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.CityProfile;
import org.inclusivecities.platform.people.ApiToken;
import org.inclusivecities.platform.people.ApiTokens;
import org.inclusivecities.platform.people.Language;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.people.SecretTokens;
import org.junit.jupiter.api.Test;

import org.inclusivecities.platform.testing.PlatformIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Personal API tokens: created on the profile page, shown once, usable on the API, revocable, never crossing people. */
@PlatformIntegrationTest
@AutoConfigureMockMvc
class ApiTokensIntegrationTest {

	@Autowired
	Clock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	People people;

	@Autowired
	Cities cities;

	@Autowired
	ApiTokens apiTokens;

	@Autowired
	MongoTemplate mongo;

	@Test
	void tokenIsShownOnceStoredHashedAndIdentifiesItsOwnerOnly() throws Exception {
		City utrecht = cities.save(City.apply(new CityProfile("Utrecht", "NL", null, null, List.of("nl"), null, null), clock.instant()));
		Person ana = person("api.ana@example.org");
		ana.grant(utrecht.getId(), Set.of(Role.CITY_ADMIN, Role.REVIEWER), clock.instant(), "test");
		ana = people.save(ana);
		Person bo = person("api.bo@example.org");

		String anaToken = create(ana, "deploy script");
		String boToken = create(bo, "bo's laptop");
		assertThat(anaToken).startsWith("icp_").hasSizeGreaterThan(40).isNotEqualTo(boToken);

		// stored only as a digest
		assertThat(apiTokens.findByHash(SecretTokens.hash(anaToken))).isPresent();
		assertThat(mongo.getCollection("apiTokens").find().into(new java.util.ArrayList<>()).toString())
			.doesNotContain(anaToken).doesNotContain(anaToken.substring(4));
		// shown once: the next visit of the profile lists the token but not its value
		mvc.perform(get("/my/profile").with(user(new PasswordAccount(ana))))
			.andExpect(content().string(containsString("deploy script")))
			.andExpect(content().string(containsString(java.time.LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/Brussels"))).format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH)))))
			.andExpect(content().string(containsString("Not used yet")))
			.andExpect(content().string(not(containsString(anaToken))));

		me(anaToken).andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(ana.getId()))
			.andExpect(jsonPath("$.displayName").value("Person a"))
			.andExpect(jsonPath("$.language").value("en"))
			.andExpect(jsonPath("$.networkAdmin").value(false))
			.andExpect(jsonPath("$.memberships[0].city").value("utrecht"))
			.andExpect(jsonPath("$.memberships[0].roles[0]").value("CITY_ADMIN"))
			.andExpect(jsonPath("$.memberships[0].roles[1]").value("REVIEWER"));
		me(boToken).andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(bo.getId()))
			.andExpect(jsonPath("$.memberships").isEmpty());
		assertThat(apiTokens.findByHash(SecretTokens.hash(anaToken)).orElseThrow().getLastUsedAt()).isNotNull();

		// Bo cannot revoke (or even see) Ana's token
		String anaTokenId = apiTokens.findAllByPersonIdOrderByCreatedAtDesc(ana.getId()).get(0).getId();
		mvc.perform(post("/my/profile/tokens/{id}/revoke", anaTokenId).with(user(new PasswordAccount(bo))).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/my/profile").with(user(new PasswordAccount(bo))))
			.andExpect(content().string(not(containsString("deploy script"))));
		me(anaToken).andExpect(status().isOk());

		mvc.perform(post("/my/profile/tokens/{id}/revoke", anaTokenId).with(user(new PasswordAccount(ana))).with(csrf()))
			.andExpect(redirectedUrl("/my/profile"));
		unauthorized(me(anaToken));
		me(boToken).andExpect(status().isOk());
	}

	@Test
	void refusesMissingUnknownExpiredTokensAndJwtsWithoutIssuerAsProblemJson() throws Exception {
		Person cy = person("api.cy@example.org");
		unauthorized(mvc.perform(get("/api/v1/me")));
		unauthorized(me("icp_" + "x".repeat(43)));
		unauthorized(me("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln"));
		String expired = SecretTokens.generate(ApiToken.PREFIX);
		apiTokens.save(ApiToken.of(cy.getId(), "old", expired, clock.instant().minus(40, ChronoUnit.DAYS),
				clock.instant().minus(10, ChronoUnit.DAYS)));
		unauthorized(me(expired));
	}

	@Test
	void adminApiNeedsANetworkAdminAndPublicReadsNeedNothing() throws Exception {
		Person dee = person("api.dee@example.org");
		String token = create(dee, "reader");
		mvc.perform(get("/api/v1/admin/cities").header("Authorization", "Bearer " + token))
			.andExpect(status().isForbidden())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")))
			.andExpect(jsonPath("$.status").value(403));
		mvc.perform(get("/api/v1/cities/nowhere")).andExpect(status().is(not(401)));
	}

	@Test
	void tokenFormShowsFieldErrors() throws Exception {
		Person eve = person("api.eve@example.org");
		mvc.perform(post("/my/profile/tokens").with(user(new PasswordAccount(eve))).with(csrf())
			.param("name", " ").param("validDays", "7"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#name\"")))
			.andExpect(content().string(containsString("href=\"#validDays\"")));
		assertThat(apiTokens.findAllByPersonIdOrderByCreatedAtDesc(eve.getId())).isEmpty();
	}

	private String create(Person person, String name) throws Exception {
		MvcResult result = mvc.perform(post("/my/profile/tokens").with(user(new PasswordAccount(person))).with(csrf())
			.param("name", name).param("validDays", "30"))
			.andExpect(redirectedUrl("/my/profile"))
			.andReturn();
		String value = (String) result.getFlashMap().get("newToken");
		mvc.perform(get("/my/profile").with(user(new PasswordAccount(person))).flashAttr("newToken", value))
			.andExpect(content().string(containsString(value)));
		return value;
	}

	private ResultActions me(String token) throws Exception {
		return mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token));
	}

	private static void unauthorized(ResultActions result) throws Exception {
		result.andExpect(status().isUnauthorized())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")))
			.andExpect(header().string("WWW-Authenticate", containsString("Bearer")))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.title").value("Unauthorized"));
	}

	private Person person(String email) {
		return people.save(Person.create(email, "Person " + email.charAt(0), Language.EN, clock.instant()));
	}

}
