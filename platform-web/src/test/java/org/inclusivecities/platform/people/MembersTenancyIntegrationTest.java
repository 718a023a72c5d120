package org.inclusivecities.platform.people;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.join.Fixtures;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.inclusivecities.platform.testing.SharesContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.inclusivecities.platform.join.Fixtures.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every /my/cities/{slug}/** route of the members feature, tried from the wrong city and with too few
 * rights. Non-admin members get 404 on admin routes (as for a foreign city; the list itself they may read).
 */
@SharesContext
@PlatformIntegrationTest
@AutoConfigureMockMvc
class MembersTenancyIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Cities cities;

	@Autowired
	People people;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	PasswordEncoder encoder;

	City cityA;

	City cityB;

	Person adminA;

	Person adminB;

	Person councilB;

	Person reviewerB;

	@BeforeEach
	void twoCities() {
		Fixtures fixtures = new Fixtures(cities, people, encoder);
		cityA = cities.findBySlug("antwerpen").orElseGet(() -> fixtures.memberCity("Antwerpen", "BE"));
		cityB = cities.findBySlug("glasgow").orElseGet(() -> fixtures.memberCity("Glasgow", "GB"));
		adminA = people.findByEmail("admin@antwerpen.example")
			.orElseGet(() -> fixtures.person("admin@antwerpen.example", null, cityA, Role.CITY_ADMIN));
		adminB = people.findByEmail("admin@glasgow.example")
			.orElseGet(() -> fixtures.person("admin@glasgow.example", null, cityB, Role.CITY_ADMIN));
		councilB = people.findByEmail("council@glasgow.example")
			.orElseGet(() -> fixtures.person("council@glasgow.example", null, cityB, Role.COUNCIL_MEMBER));
		reviewerB = people.findByEmail("reviewer@glasgow.example")
			.orElseGet(() -> fixtures.person("reviewer@glasgow.example", null, cityB, Role.REVIEWER));
	}

	@Test
	void aCityAdminOfAnotherCityGetsNotFoundEverywhereAndChangesNothing() throws Exception {
		var before = snapshotOfB();
		for (MockHttpServletRequestBuilder request : routesOfB()) {
			mvc.perform(request.with(as(adminA)).with(csrf()))
				.andExpect(status().isNotFound())
				.andExpect(content().string(not(containsString("council@glasgow.example"))));
		}
		assertThat(snapshotOfB()).isEqualTo(before);
	}

	@Test
	void aMemberIdOfAnotherCityIsNotFoundThroughOnesOwnCity() throws Exception {
		var before = snapshotOfB();
		String base = "/my/cities/antwerpen/members/" + councilB.getId();
		mvc.perform(get(base).with(as(adminA))).andExpect(status().isNotFound());
		mvc.perform(post(base + "/roles").param("roles", "REVIEWER").with(as(adminA)).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post(base + "/remove").with(as(adminA)).with(csrf())).andExpect(status().isNotFound());
		assertThat(snapshotOfB()).isEqualTo(before);
	}

	@Test
	void membersWhoAreNotCityAdminsSeeTheListButCannotChangeIt() throws Exception {
		var before = snapshotOfB();
		for (Person member : new Person[] { councilB, reviewerB }) {
			mvc.perform(get("/my/cities/glasgow/members").with(as(member)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("council")))
				.andExpect(content().string(not(containsString("id=\"invitations\""))))
				.andExpect(content().string(not(containsString("name=\"email\""))));
			for (MockHttpServletRequestBuilder request : adminRoutesOfB()) {
				mvc.perform(request.with(as(member)).with(csrf())).andExpect(status().isNotFound());
			}
		}
		assertThat(snapshotOfB()).isEqualTo(before);
	}

	@Test
	void anonymousVisitorsAreSentToSignIn() throws Exception {
		for (MockHttpServletRequestBuilder request : routesOfB()) {
			mvc.perform(request.with(csrf())).andExpect(status().isFound());
		}
	}

	private MockHttpServletRequestBuilder[] routesOfB() {
		MockHttpServletRequestBuilder[] admin = adminRoutesOfB();
		MockHttpServletRequestBuilder[] all = new MockHttpServletRequestBuilder[admin.length + 2];
		all[0] = get("/my/cities/glasgow");
		all[1] = get("/my/cities/glasgow/members");
		System.arraycopy(admin, 0, all, 2, admin.length);
		return all;
	}

	private MockHttpServletRequestBuilder[] adminRoutesOfB() {
		String member = "/my/cities/glasgow/members/" + councilB.getId();
		return new MockHttpServletRequestBuilder[] {
				post("/my/cities/glasgow/members/invitations").param("email", "intruder@example.org")
					.param("roles", "CITY_ADMIN")
					.param("language", "EN"),
				get(member), post(member + "/roles").param("roles", "CITY_ADMIN"), post(member + "/remove"),
				post("/my/cities/glasgow/members/" + adminB.getId() + "/remove") };
	}

	private java.util.List<Object> snapshotOfB() {
		return java.util.List.of(
				people.findById(adminB.getId()).orElseThrow().getMemberships(),
				people.findById(councilB.getId()).orElseThrow().getMemberships(),
				people.findById(reviewerB.getId()).orElseThrow().getMemberships(),
				mongo.getCollection("invitations").countDocuments(), mongo.getCollection("outbox").countDocuments(),
				mongo.getCollection("membershipChanges").countDocuments());
	}

}
