package org.inclusivecities.platform.portability;

import java.time.Clock;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import org.bson.Document;
import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.PersonalData;
import org.inclusivecities.platform.join.Fixtures;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.security.PlatformPrincipal;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.MapSession;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusivecities.platform.join.Fixtures.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A person downloads their own data (no secrets in it) and has it erased everywhere, others untouched. */
@PlatformIntegrationTest(properties = "platform.web.shared-sessions=true")
@AutoConfigureMockMvc
class PersonalDataIntegrationTest {

	@Autowired
	Clock clock;

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

	@Autowired
	SessionRepository<MapSession> sessions;

	@Test
	void theExportHoldsMembershipsAndTokensButNoSecretsAndErasureLeavesOthersAlone() throws Exception {
		Fixtures fixtures = new Fixtures(cities, people, encoder);
		City city = fixtures.memberCity("Utrecht", "NL");
		Person erased = fixtures.person("leaving@utrecht.example", "a-long-password-1", city, Role.CITY_ADMIN);
		Person other = people.save(grant(Person.create("staying@utrecht.example", "Staying", null, clock.instant()),
				city, erased.getId()));
		String hash = people.findById(erased.getId()).orElseThrow().getPasswordHash();
		for (String id : List.of(erased.getId(), other.getId())) {
			mongo.insert(new Document("personId", id).append("name", "token of " + id).append("hash", "api-hash-" + id),
					"apiTokens");
			mongo.insert(new Document("personId", id).append("hash", "reset-hash-" + id), "passwordResetTokens");
		}
		mongo.insert(new Document("recipient", "leaving@utrecht.example").append("subject", "Welcome"), "outbox");
		mongo.insert(new Document("recipient", "staying@utrecht.example").append("subject", "Welcome"), "outbox");
		mongo.insert(new Document("_id", "request-1").append("cityId", city.getId()).append("audit", List.of(
				new Document("actorId", erased.getId()).append("action", "submitted"),
				new Document("actorId", other.getId()).append("action", "withdrawn"))), "accreditationRequests");
		mongo.insert(new Document("cityId", city.getId()).append("personId", erased.getId())
			.append("actorId", other.getId()), "membershipChanges");
		mongo.insert(new Document("_id", "plan-1").append("cityId", city.getId()).append("mission",
				new Document("changedById", erased.getId()).append("changedByName", "Leaving Person")), "action_plans");
		mongo.insert(new Document("_id", "plan-2").append("cityId", fixtures.memberCity("Leiden", "NL").getId()).append("mission",
				new Document("changedById", other.getId()).append("changedByName", "Staying")), "action_plans");
		String mine = session(erased);
		String theirs = session(other);

		String json = mvc.perform(get("/my/profile/data").with(as(erased)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(json).contains("leaving@utrecht.example", city.getId(), "token of " + erased.getId(), "Welcome")
			.doesNotContain(hash, "api-hash-", "reset-hash-", "staying@utrecht.example");

		mvc.perform(post("/my/profile/erase").with(as(erased)).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/?erased"));

		assertThat(people.findById(erased.getId())).isEmpty();
		assertThat(count("apiTokens", "personId", erased.getId())).isZero();
		assertThat(count("passwordResetTokens", "personId", erased.getId())).isZero();
		assertThat(count("outbox", "recipient", "leaving@utrecht.example")).isZero();
		assertThat(sessions.findById(mine)).isNull();
		assertThat(count("people", "memberships.cityId", city.getId())).isEqualTo(1);
		Document request = mongo.getCollection("accreditationRequests").find(new Document("_id", "request-1")).first();
		assertThat(request.getList("audit", Document.class)).extracting(entry -> entry.getString("actorId"))
			.containsExactly(PersonalData.ERASED, other.getId());
		assertThat(count("membershipChanges", "personId", PersonalData.ERASED)).isEqualTo(1);
		assertThat(count("action_plans", "mission.changedByName", PersonalData.ERASED)).isEqualTo(1);
		assertThat(count("action_plans", "mission.changedById", PersonalData.ERASED)).isEqualTo(1);
		assertThat(count("action_plans", "mission.changedByName", "Staying")).isEqualTo(1);
		Person stays = people.findById(other.getId()).orElseThrow();
		assertThat(stays.membershipIn(city.getId()).orElseThrow().grantedBy()).isEqualTo(PersonalData.ERASED);
		assertThat(count("apiTokens", "personId", other.getId())).isEqualTo(1);
		assertThat(count("passwordResetTokens", "personId", other.getId())).isEqualTo(1);
		assertThat(count("outbox", "recipient", "staying@utrecht.example")).isEqualTo(1);
		assertThat(sessions.findById(theirs)).isNotNull();
	}

	@Test
	void theErasePageAsksFirst() throws Exception {
		Fixtures fixtures = new Fixtures(cities, people, encoder);
		Person person = fixtures.person("asks@example.org", null, null);
		mvc.perform(get("/my/profile/erase").with(as(person))).andExpect(status().isOk());
		assertThat(people.findById(person.getId())).isPresent();
		mvc.perform(get("/my/profile/data")).andExpect(status().isFound());
	}

	private Person grant(Person person, City city, String grantedBy) {
		person.grant(city.getId(), EnumSet.of(Role.COUNCIL_MEMBER), clock.instant(), grantedBy);
		return person;
	}

	private String session(Person person) {
		MapSession session = sessions.createSession();
		PlatformPrincipal principal = new Principal(person.getId());
		session.setAttribute("SPRING_SECURITY_CONTEXT",
				new SecurityContextImpl(new UsernamePasswordAuthenticationToken(principal, null, List.of())));
		session.setMaxInactiveInterval(Duration.ofHours(1));
		sessions.save(session);
		return session.getId();
	}

	private long count(String collection, String field, String value) {
		return mongo.getCollection(collection).countDocuments(new Document(field, value));
	}

	record Principal(String personId) implements PlatformPrincipal, java.io.Serializable {

		@Override
		public String email() {
			return "hidden@example.org";
		}

		@Override
		public String displayName() {
			return "Hidden";
		}
	}

}
