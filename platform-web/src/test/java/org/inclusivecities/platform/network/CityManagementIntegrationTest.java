package org.inclusivecities.platform.network;

import java.time.Clock;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.CityProfile;
import org.inclusivecities.platform.city.CityStatus;
import org.inclusivecities.platform.city.Coordinates;
import org.inclusivecities.platform.join.Fixtures;
import org.inclusivecities.platform.people.CityMembers;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.inclusivecities.platform.join.Fixtures.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The secretariat's city management: each transition, its refusals, and that a refusal changes nothing. */
@PlatformIntegrationTest
@AutoConfigureMockMvc
class CityManagementIntegrationTest {

	@Autowired
	Clock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	Cities cities;

	@Autowired
	People people;

	@Autowired
	CityMembers members;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	PasswordEncoder encoder;

	Fixtures fixtures;

	Person admin;

	String unique;

	@BeforeEach
	void secretariat() {
		fixtures = new Fixtures(cities, people, encoder);
		admin = people.findByEmail("secretariat@ic.example")
			.orElseGet(() -> fixtures.networkAdmin("secretariat@ic.example", "a long secretariat password"));
		unique = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
	}

	private City member(String name) {
		City city = City.apply(new CityProfile(name + " " + unique, "BE", null, 50_000L, List.of("nl"),
				new Coordinates(-40.0, 60.0), null), clock.instant());
		city.moveTo(CityStatus.MEMBER, clock.instant(), null, null);
		return cities.save(city);
	}

	private Person person(String name, City city, Role... roles) {
		return fixtures.person(name + "-" + unique + "@ic.example", null, city, roles);
	}

	private City reload(City city) {
		return cities.findById(city.getId()).orElseThrow();
	}

	private Document lastMailTo(String email) {
		return mongo.find(Query.query(Criteria.where("recipient").is(email)), Document.class, "outbox")
			.stream().reduce((a, b) -> b).orElse(null);
	}

	@Test
	void theSecretariatFindsEveryCityFromItsHomeByStatusAndName() throws Exception {
		City city = member("Zichem");
		mvc.perform(get("/admin").with(as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/admin/cities\"")));
		mvc.perform(get("/admin/cities").param("q", "zichem " + unique).with(as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/admin/cities/" + city.getSlug() + "\"")));
		mvc.perform(get("/admin/cities").param("q", "zichem " + unique).param("status", "SUSPENDED").with(as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(city.getSlug()))));
		mvc.perform(get("/admin/cities").param("q", ".*(").param("status", "NOPE").param("page", "-3").with(as(admin)))
			.andExpect(status().isOk());
		Person cityAdmin = person("zichem-admin", city, Role.CITY_ADMIN);
		mvc.perform(get("/admin/cities/" + city.getSlug()).with(as(cityAdmin))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/cities/" + city.getSlug() + "/suspend").param("reason", "no")
			.with(as(cityAdmin)).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(get("/admin/cities/no-such-city-" + unique).with(as(admin))).andExpect(status().isNotFound());
	}

	@Test
	void suspendingNeedsAReasonTellsTheAdminsAndReinstatingUndoesIt() throws Exception {
		City city = member("Diest");
		Person cityAdmin = person("diest-admin", city, Role.CITY_ADMIN);
		String path = "/admin/cities/" + city.getSlug();
		mvc.perform(post(path + "/suspend").param("reason", "  ").with(as(admin)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("href=\"#suspendReason\"")))
			.andExpect(content().string(containsString("Enter a reason")));
		assertThat(reload(city).getStatus()).isEqualTo(CityStatus.MEMBER);
		assertThat(lastMailTo(cityAdmin.getEmail())).isNull();

		mvc.perform(post(path + "/suspend").param("reason", "No report for two years").with(as(admin)).with(csrf()))
			.andExpect(status().isFound());
		City suspended = reload(city);
		assertThat(suspended.getStatus()).isEqualTo(CityStatus.SUSPENDED);
		assertThat(suspended.getHistory().getLast().actorId()).isEqualTo(admin.getId());
		assertThat(suspended.getHistory().getLast().reason()).isEqualTo("No report for two years");
		Document mail = lastMailTo(cityAdmin.getEmail());
		assertThat(mail.getString("subject")).isEqualTo("The membership of " + city.getName() + " is suspended");
		assertThat(mail.getString("textBody")).contains("No report for two years");
		mvc.perform(get(path).with(as(admin)))
			.andExpect(content().string(containsString("No report for two years")))
			.andExpect(content().string(containsString("Secretariat")));

		long mails = mongo.getCollection("outbox").countDocuments();
		mvc.perform(post(path + "/suspend").param("reason", "again").with(as(admin)).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("nothing was changed")));
		assertThat(reload(city).getHistory()).hasSize(suspended.getHistory().size());
		assertThat(mongo.getCollection("outbox").countDocuments()).isEqualTo(mails);

		mvc.perform(post(path + "/reinstate").with(as(admin)).with(csrf())).andExpect(status().isFound());
		assertThat(reload(city).getStatus()).isEqualTo(CityStatus.MEMBER);
		assertThat(lastMailTo(cityAdmin.getEmail()).getString("subject")).isEqualTo(city.getName() + " is a member again");
		mvc.perform(post(path + "/reinstate").with(as(admin)).with(csrf())).andExpect(status().isConflict());
		assertThat(reload(city).getHistory()).hasSize(suspended.getHistory().size() + 1);
	}

	@Test
	void mergingMovesMembersAndInvitationsAndTheOldAddressLeadsToTheSurvivor() throws Exception {
		City survivor = member("Tienen");
		City duplicate = member("Stad Tienen");
		Person keeper = person("tienen-admin", survivor, Role.CITY_ADMIN);
		Person newcomer = person("dup-admin", duplicate, Role.CITY_ADMIN);
		Person both = person("both", survivor, Role.REVIEWER);
		both.grant(duplicate.getId(), EnumSet.of(Role.COUNCIL_MEMBER), clock.instant(), null);
		both = people.save(both);
		var invitation = members.issue(duplicate.getId(), "invited-" + unique + "@ic.example",
				EnumSet.of(Role.COUNCIL_MEMBER), admin.getId());
		mvc.perform(get("/cities")).andExpect(content().string(containsString(duplicate.getSlug())));

		mvc.perform(get("/admin/cities/" + duplicate.getSlug()).with(as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("the same name in the same country")))
			.andExpect(content().string(containsString("value=\"" + survivor.getSlug() + "\"")));
		mvc.perform(post("/admin/cities/" + duplicate.getSlug() + "/merge").param("survivor", survivor.getSlug())
			.param("reason", "Applied twice")
			.with(as(admin))
			.with(csrf())).andExpect(status().isFound());

		City merged = reload(duplicate);
		assertThat(merged.getStatus()).isEqualTo(CityStatus.MERGED);
		assertThat(merged.getMergedInto()).isEqualTo(survivor.getId());
		assertThat(merged.getHistory().getLast().actorId()).isEqualTo(admin.getId());
		// Tienen has an administrator: nobody of the duplicate joins it, nobody gains a role there
		Person stranger = people.findById(newcomer.getId()).orElseThrow();
		assertThat(stranger.isMemberOf(survivor.getId())).isFalse();
		assertThat(stranger.isMemberOf(duplicate.getId())).isFalse();
		Person kept = people.findById(both.getId()).orElseThrow();
		assertThat(kept.membershipIn(survivor.getId()).orElseThrow().roles()).containsExactly(Role.REVIEWER);
		assertThat(people.findById(keeper.getId()).orElseThrow().hasRole(survivor.getId(), Role.CITY_ADMIN)).isTrue();
		Document closed = mongo.findById(invitation.invitation().getId(), Document.class, "invitations");
		assertThat(closed.getString("cityId")).isEqualTo(duplicate.getId());
		assertThat(closed.getDate("expiresAt").toInstant()).isBeforeOrEqualTo(clock.instant());
		// its administrator is told who did not join, to invite them if they belong
		Document told = lastMailTo(keeper.getEmail());
		assertThat(told.getString("template")).isEqualTo("city-merged-members");
		assertThat(told.toJson()).contains(newcomer.getEmail()).doesNotContain(both.getEmail());

		mvc.perform(get("/cities/" + duplicate.getSlug()))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", containsString("/cities/" + survivor.getSlug())));
		for (String listing : List.of("/cities", "/cities.csv", "/api/v1/cities", "/sitemap.xml")) {
			mvc.perform(get(listing))
				.andExpect(content().string(not(containsString(duplicate.getSlug()))))
				.andExpect(content().string(containsString(survivor.getSlug())));
		}
		mvc.perform(post("/admin/cities/" + duplicate.getSlug() + "/merge").param("survivor", survivor.getSlug())
			.param("reason", "again")
			.with(as(admin))
			.with(csrf())).andExpect(status().isConflict());
	}

	@Test
	void aCityWithoutAdministratorsTakesTheDuplicatesMembersWithTheirRolesAndItsInvitations() throws Exception {
		City survivor = member("Halen");
		City duplicate = member("Stad Halen");
		Person newcomer = person("halen-dup", duplicate, Role.CITY_ADMIN);
		var invitation = members.issue(duplicate.getId(), "invited-halen-" + unique + "@ic.example",
				EnumSet.of(Role.COUNCIL_MEMBER), admin.getId());

		mvc.perform(post("/admin/cities/" + duplicate.getSlug() + "/merge").param("survivor", survivor.getSlug())
			.param("reason", "Applied twice")
			.with(as(admin))
			.with(csrf())).andExpect(status().isFound());

		Person moved = people.findById(newcomer.getId()).orElseThrow();
		assertThat(moved.hasRole(survivor.getId(), Role.CITY_ADMIN)).isTrue();
		assertThat(moved.isMemberOf(duplicate.getId())).isFalse();
		assertThat(mongo.findById(invitation.invitation().getId(), Document.class, "invitations").getString("cityId"))
			.isEqualTo(survivor.getId());
	}

	@Test
	void aDuplicateWithContentOrAnImpossibleSurvivorIsRefusedAndNothingMoves() throws Exception {
		City survivor = member("Aarschot");
		City duplicate = member("City of Aarschot");
		Person dupAdmin = person("aarschot-dup", duplicate, Role.CITY_ADMIN);
		mongo.getCollection("action_plans").insertOne(new Document("cityId", duplicate.getId()).append("note", "draft"));
		String merge = "/admin/cities/" + duplicate.getSlug() + "/merge";
		mvc.perform(post(merge).param("survivor", survivor.getSlug()).param("reason", "Applied twice")
			.with(as(admin))
			.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("holds content that cannot be moved safely (action_plans)")));
		assertThat(reload(duplicate).getStatus()).isEqualTo(CityStatus.MEMBER);
		assertThat(people.findById(dupAdmin.getId()).orElseThrow().hasRole(duplicate.getId(), Role.CITY_ADMIN)).isTrue();
		mvc.perform(post("/admin/cities/" + duplicate.getSlug() + "/remove").param("reason", "dup").param("confirm", "true")
			.with(as(admin))
			.with(csrf())).andExpect(status().isConflict());
		assertThat(reload(duplicate).getStatus()).isEqualTo(CityStatus.MEMBER);

		City plain = member("Rotselaar");
		City applied = cities.save(City.apply(new CityProfile("Applytown " + unique, "BE", null, 1L, List.of("nl"), null,
				null), clock.instant()));
		for (String target : List.of(plain.getSlug(), applied.getSlug(), "no-such-city-" + unique)) {
			mvc.perform(post("/admin/cities/" + plain.getSlug() + "/merge").param("survivor", target).param("reason", "x")
				.with(as(admin))
				.with(csrf())).andExpect(status().isConflict());
		}
		mvc.perform(post("/admin/cities/" + plain.getSlug() + "/merge").param("survivor", "").param("reason", "")
			.with(as(admin))
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Choose the city to keep")));
		assertThat(reload(plain).getStatus()).isEqualTo(CityStatus.MEMBER);
		assertThat(reload(plain).getHistory()).hasSize(plain.getHistory().size());
	}

	@Test
	void removingADuplicateWithoutContentNeedsAConfirmationAndEndsItsMemberships() throws Exception {
		City duplicate = member("Bierbeek");
		Person dupAdmin = person("bierbeek-admin", duplicate, Role.CITY_ADMIN);
		var invitation = members.issue(duplicate.getId(), "bierbeek-invited-" + unique + "@ic.example",
				EnumSet.of(Role.COUNCIL_MEMBER), admin.getId());
		String remove = "/admin/cities/" + duplicate.getSlug() + "/remove";
		mvc.perform(post(remove).param("reason", "Test record").with(as(admin)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Confirm that this record is a duplicate")));
		assertThat(reload(duplicate).getStatus()).isEqualTo(CityStatus.MEMBER);

		mvc.perform(post(remove).param("reason", "Test record").param("confirm", "true").with(as(admin)).with(csrf()))
			.andExpect(status().isFound());
		City removed = reload(duplicate);
		assertThat(removed.getStatus()).isEqualTo(CityStatus.REMOVED);
		assertThat(removed.getHistory().getLast().reason()).isEqualTo("Test record");
		assertThat(people.findById(dupAdmin.getId()).orElseThrow().isMemberOf(duplicate.getId())).isFalse();
		assertThat(mongo.findById(invitation.invitation().getId(), Document.class, "invitations").getDate("expiresAt")
			.toInstant()).isBeforeOrEqualTo(clock.instant());
		mvc.perform(get("/cities/" + duplicate.getSlug())).andExpect(status().isNotFound());
		mvc.perform(get("/cities")).andExpect(content().string(not(containsString(duplicate.getSlug()))));
		mvc.perform(post(remove).param("reason", "again").param("confirm", "true").with(as(admin)).with(csrf()))
			.andExpect(status().isConflict());
	}

}
