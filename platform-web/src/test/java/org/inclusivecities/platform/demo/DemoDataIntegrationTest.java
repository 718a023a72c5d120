package org.inclusivecities.platform.demo;

import java.time.Clock;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.CityStatus;
import org.inclusivecities.platform.join.NetworkApplications;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.plan.PlanReadiness;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;

@PlatformIntegrationTest(properties = "platform.demo-data=true")
@AutoConfigureMockMvc
class DemoDataIntegrationTest {

	@Autowired
	Clock clock;

	@Autowired
	DemoData demoData;

	@Autowired
	Cities cities;

	@Autowired
	People people;

	@Autowired
	NetworkApplications applications;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	MockMvc mvc;

	@Autowired
	PlanReadiness readiness;

	@Autowired
	LockProvider locks;

	@Test
	void anEmptyDatabaseGetsARealisticNetworkOnceWithWorkingSignIns() throws Exception {
		List<City> members = cities.findAllByStatusIn(Set.of(CityStatus.MEMBER), PageRequest.of(0, 100)).getContent();
		assertThat(members).hasSizeGreaterThanOrEqualTo(12);
		assertThat(members.stream().map(City::getCountry).collect(Collectors.toSet())).hasSizeGreaterThanOrEqualTo(6);
		assertThat(members).allSatisfy(city -> {
			assertThat(city.getCoordinates()).isNotNull();
			assertThat(city.getPopulation()).isPositive();
			assertThat(city.getLanguages()).isNotEmpty();
		});
		City gent = cities.findBySlug("gent").orElseThrow();
		assertThat(gent.getCoordinates().latitude()).isBetween(51.0, 51.1);
		assertThat(applications.pending()).hasSizeBetween(2, 3);
		assertThat(mongo.getCollection("fs.files").countDocuments()).isEqualTo(applications.pending().size());

		List<Person> gentPeople = people.findAllByCityId(gent.getId(), Pageable.unpaged()).getContent();
		for (Role role : Role.values()) {
			assertThat(gentPeople).anySatisfy(p -> assertThat(p.hasRole(gent.getId(), role)).isTrue());
		}
		assertThat(people.existsByNetworkAdminTrue()).isTrue();
		mvc.perform(formLogin("/login").user(DemoNetwork.SECRETARIAT).password(DemoData.PASSWORD))
			.andExpect(authenticated().withRoles("USER", "NETWORK_ADMIN"));
		mvc.perform(formLogin("/login").user("admin.gent" + DemoNetwork.DOMAIN).password(DemoData.PASSWORD))
			.andExpect(authenticated());

		mvc.perform(get("/cities/gent"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Gent maakt herstel zichtbaar")))
			.andExpect(content().string(containsString("Herstelwandeling langs de Gentse kaaien")))
			.andExpect(content().string(not(containsString("Jonas"))));
		mvc.perform(get("/events"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Recovery walk along the Liffey")))
			.andExpect(content().string(containsString("Regionale bijeenkomst Vlaanderen")));
		mvc.perform(get("/meetings"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Recovery cafés: what works")))
			.andExpect(content().string(containsString("Regionale bijeenkomst Vlaanderen")));
		mvc.perform(get("/practices").param("q", "herstelcafés"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Herstelcafé in de bibliotheek")));
		// what people type (issue 12): English plurals and misspellings find the Dutch herstelcafé by its activity
		for (String typed : List.of("cafes", "recovery cafes", "Recovery Cafe", "recovry cafes", "herstelcafe")) {
			mvc.perform(get("/practices").param("q", typed).param("lang", "en"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Herstelcafé in de bibliotheek")));
		}
		mvc.perform(get("/practices").param("q", "recovry cafes").param("lang", "en"))
			.andExpect(content().string(containsString("Did you mean")))
			.andExpect(content().string(containsString(">recovery cafes</a>?")));
		mvc.perform(get("/practices").param("q", "biblioteek").param("lang", "nl"))
			.andExpect(content().string(containsString("Herstelcafé in de bibliotheek")))
			.andExpect(content().string(containsString(">bibliotheek</a>?")));
		assertThat(readiness.assess(gent.getId()).ready()).isTrue();
		assertThat(mongo.getCollection("reviewerNominations").countDocuments()).isGreaterThanOrEqualTo(5);

		long cityCount = cities.count();
		long personCount = people.count();
		long applicationCount = mongo.getCollection("cityApplications").countDocuments();
		demoData.run(null);
		demoData.run(null);
		assertThat(cities.count()).isEqualTo(cityCount);
		assertThat(people.count()).isEqualTo(personCount);
		assertThat(mongo.getCollection("cityApplications").countDocuments()).isEqualTo(applicationCount);

		// another instance holding the seeding lock on a (seemingly) empty database: this one seeds nothing
		mongo.dropCollection("cities");
		var other = locks.lock(new LockConfiguration(clock.instant(), "demo-data", Duration.ofMinutes(1), Duration.ZERO))
			.orElseThrow();
		demoData.run(null);
		assertThat(cities.count()).isZero();
		assertThat(people.count()).isEqualTo(personCount);
		other.unlock();
	}

}
