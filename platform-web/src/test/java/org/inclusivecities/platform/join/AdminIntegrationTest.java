package org.inclusivecities.platform.join;

import java.time.Duration;

import org.bson.Document;
import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.CityStatus;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.inclusivecities.platform.testing.SharesContext;
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
import static org.inclusivecities.platform.join.Fixtures.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SharesContext
@PlatformIntegrationTest
@AutoConfigureMockMvc
class AdminIntegrationTest {

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

	Fixtures fixtures;

	Person admin;

	@BeforeEach
	void secretariat() {
		fixtures = new Fixtures(cities, people, encoder);
		admin = people.findByEmail("secretariat@ic.example")
			.orElseGet(() -> fixtures.networkAdmin("secretariat@ic.example", "a long secretariat password"));
	}

	@Test
	void onlyTheSecretariatReachesAdmin() throws Exception {
		City city = fixtures.memberCity("Leuven", "BE");
		Person cityAdmin = fixtures.person("leuven-admin@ic.example", null, city, Role.CITY_ADMIN);
		mvc.perform(get("/admin").with(as(cityAdmin))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/outbox")).andExpect(status().isFound());
	}

	@Test
	void theSecretariatSeesPendingApplicationsAndDownloadsTheCharter() throws Exception {
		String id = apply("Mechelen", "BE", "an@mechelen.example", "EN");
		mvc.perform(get("/admin").with(as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("waiting for a decision")));
		mvc.perform(get("/admin/applications").with(as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mechelen")));
		mvc.perform(get("/admin/applications/" + id).with(as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("an@mechelen.example")))
			.andExpect(content().string(containsString("27 March 2026")))
			.andExpect(content().string(containsString("/admin/applications/" + id + "/charter")));
		mvc.perform(get("/admin/applications/" + id + "/charter").with(as(admin)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(content().bytes(JoinIntegrationTest.pdf()));
	}

	@Test
	void approvingMakesTheCityAMemberAndTheContactItsAdminWithAnInvitationInTheirLanguage() throws Exception {
		String id = apply("Brugge", "BE", "jan@brugge.example", "NL");
		mvc.perform(post("/admin/applications/" + id + "/approve").with(as(admin)).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("flash", containsString("Brugge")));
		City city = cities.findBySlug("brugge").orElseThrow();
		assertThat(city.getStatus()).isEqualTo(CityStatus.MEMBER);
		assertThat(city.getHistory().getLast().actorId()).isEqualTo(admin.getId());
		Person contact = people.findByEmail("jan@brugge.example").orElseThrow();
		assertThat(contact.hasRole(city.getId(), Role.CITY_ADMIN)).isTrue();
		assertThat(contact.getPasswordHash()).isNull();
		Document application = application(id);
		assertThat(application.getString("status")).isEqualTo("APPROVED");
		assertThat(application.getString("decidedBy")).isEqualTo(admin.getId());
		Document invitation = mongo.findOne(Query.query(Criteria.where("cityId").is(city.getId())), Document.class,
				"invitations");
		assertThat(invitation.getString("tokenHash")).matches("[0-9a-f]{64}");
		assertThat(Duration.between(invitation.getDate("createdAt").toInstant(),
				invitation.getDate("expiresAt").toInstant())).isEqualTo(Duration.ofDays(7));
		Document mail = lastMailTo("jan@brugge.example");
		assertThat(mail.getString("subject")).isEqualTo("Welkom bij Inclusieve Steden: Brugge is lid");
		assertThat(mail.getString("textBody")).containsPattern("http://localhost/invitations/[A-Za-z0-9_-]{43}");
		assertThat(invitation.toJson()).doesNotContain(
				mail.getString("textBody").replaceAll("(?s).*/invitations/([A-Za-z0-9_-]{43}).*", "$1"));
	}

	@Test
	void approvingAnExistingPersonAddsTheMembershipToTheirAccount() throws Exception {
		City other = fixtures.memberCity("Aalst", "BE");
		Person existing = fixtures.person("lies@ic.example", "an existing long password", other, Role.REVIEWER);
		String id = apply("Kortrijk", "BE", "Lies@IC.example", "EN");
		mvc.perform(post("/admin/applications/" + id + "/approve").with(as(admin)).with(csrf()))
			.andExpect(status().isFound());
		Person after = people.findById(existing.getId()).orElseThrow();
		City kortrijk = cities.findBySlug("kortrijk").orElseThrow();
		assertThat(after.hasRole(kortrijk.getId(), Role.CITY_ADMIN)).isTrue();
		assertThat(after.hasRole(other.getId(), Role.REVIEWER)).isTrue();
		assertThat(after.getPasswordHash()).isEqualTo(existing.getPasswordHash());
	}

	@Test
	void decidingTwiceIsAClearConflictAndChangesNothing() throws Exception {
		String id = apply("Hasselt", "BE", "an@hasselt.example", "EN");
		mvc.perform(post("/admin/applications/" + id + "/approve").with(as(admin)).with(csrf()))
			.andExpect(status().isFound());
		long mails = mongo.getCollection("outbox").countDocuments();
		long invitations = mongo.getCollection("invitations").countDocuments();
		mvc.perform(post("/admin/applications/" + id + "/approve").with(as(admin)).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("This application was already decided")));
		mvc.perform(post("/admin/applications/" + id + "/reject").param("reason", "Changed our mind")
			.with(as(admin))
			.with(csrf())).andExpect(status().isConflict());
		assertThat(cities.findBySlug("hasselt").orElseThrow().getStatus()).isEqualTo(CityStatus.MEMBER);
		assertThat(application(id).getString("status")).isEqualTo("APPROVED");
		assertThat(mongo.getCollection("outbox").countDocuments()).isEqualTo(mails);
		assertThat(mongo.getCollection("invitations").countDocuments()).isEqualTo(invitations);
	}

	@Test
	void rejectingNeedsAReasonWhichTheApplicantReceives() throws Exception {
		String id = apply("Genk", "BE", "an@genk.example", "EN");
		long mails = mongo.getCollection("outbox").countDocuments();
		mvc.perform(post("/admin/applications/" + id + "/reject").param("reason", "  ").with(as(admin)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("href=\"#reason\"")))
			.andExpect(content().string(containsString("Enter the reason for the rejection")));
		mvc.perform(post("/admin/applications/" + id + "/reject").param("reason", "x".repeat(2001))
			.with(as(admin))
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("2000 characters or fewer")));
		assertThat(application(id).getString("status")).isEqualTo("PENDING");
		assertThat(mongo.getCollection("outbox").countDocuments()).isEqualTo(mails);
		mvc.perform(post("/admin/applications/" + id + "/reject").param("reason", "The charter is not signed")
			.with(as(admin))
			.with(csrf())).andExpect(status().isFound());
		assertThat(cities.findBySlug("genk").orElseThrow().getStatus()).isEqualTo(CityStatus.DECLINED);
		assertThat(application(id).getString("reason")).isEqualTo("The charter is not signed");
		Document mail = lastMailTo("an@genk.example");
		assertThat(mail.getString("subject")).isEqualTo("Your application for Genk");
		assertThat(mail.getString("textBody")).contains("The charter is not signed");
	}

	@Test
	void unknownApplicationsAndMailsAreNotFound() throws Exception {
		for (String id : new String[] { "6b0130e374a394fd9d1faf00", "not-an-id" }) {
			mvc.perform(get("/admin/applications/" + id).with(as(admin))).andExpect(status().isNotFound());
			mvc.perform(get("/admin/applications/" + id + "/charter").with(as(admin))).andExpect(status().isNotFound());
			mvc.perform(post("/admin/applications/" + id + "/approve").with(as(admin)).with(csrf()))
				.andExpect(status().isNotFound());
			mvc.perform(post("/admin/applications/" + id + "/reject").param("reason", "No").with(as(admin)).with(csrf()))
				.andExpect(status().isNotFound());
			mvc.perform(get("/admin/outbox/" + id).with(as(admin))).andExpect(status().isNotFound());
		}
	}

	@Test
	void theOutboxListsMailsNewestFirstAndShowsOne() throws Exception {
		apply("Oostende", "BE", "an@oostende.example", "EN");
		mvc.perform(get("/admin/outbox").with(as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("We received the application of Oostende")))
			.andExpect(content().string(containsString("an@oostende.example")));
		Document mail = lastMailTo("an@oostende.example");
		mvc.perform(get("/admin/outbox/" + mail.getObjectId("_id").toHexString()).with(as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Thank you for applying")));
		mvc.perform(get("/admin/outbox").param("page", "-3").with(as(admin))).andExpect(status().isOk());
	}

	private String apply(String name, String country, String email, String language) throws Exception {
		// no map position: the applications of these tests are not each other's likely duplicates
		mvc.perform(JoinIntegrationTest.valid(name, country, "contactEmail", email, "contactLanguage", language,
				"latitude", null, "longitude", null))
			.andExpect(status().isFound());
		City city = cities.findBySlug(org.inclusivecities.platform.city.Slugs.slugify(name)).orElseThrow();
		return mongo.findOne(Query.query(Criteria.where("cityId").is(city.getId())), Document.class, "cityApplications")
			.getObjectId("_id")
			.toHexString();
	}

	private Document application(String id) {
		return mongo.findById(new org.bson.types.ObjectId(id), Document.class, "cityApplications");
	}

	private Document lastMailTo(String email) {
		return mongo.find(Query.query(Criteria.where("recipient").is(email))
			.with(org.springframework.data.domain.Sort.by("createdAt").descending())
			.limit(1), Document.class, "outbox").getFirst();
	}

}
