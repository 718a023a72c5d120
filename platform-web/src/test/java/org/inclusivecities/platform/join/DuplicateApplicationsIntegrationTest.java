package org.inclusivecities.platform.join;

import java.time.Clock;

import java.time.Instant;
import java.util.List;

import org.bson.Document;
import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.CityProfile;
import org.inclusivecities.platform.city.CityStatus;
import org.inclusivecities.platform.city.Coordinates;
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
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.inclusivecities.platform.join.Fixtures.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An application that resembles a known city is flagged to the applicant before it is stored, and to the secretariat. */
@SharesContext
@PlatformIntegrationTest
@AutoConfigureMockMvc
class DuplicateApplicationsIntegrationTest {

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
	ApplicationDecisions decisions;

	Person admin;

	String unique;

	@BeforeEach
	void secretariat() {
		admin = people.findByEmail("secretariat@ic.example")
			.orElseGet(() -> new Fixtures(cities, people, encoder).networkAdmin("secretariat@ic.example",
					"a long secretariat password"));
		// six random letters: the hex digits of a UUID hold fewer than six letters about once in a hundred runs
		unique = java.util.concurrent.ThreadLocalRandom.current()
			.ints(6, 'a', 'z' + 1)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
	}

	/** A member city at a map position no other test uses, with a city administrator. */
	private City member(String name, double latitude, String adminEmail) {
		City city = City.apply(new CityProfile(name, "BE", null, 100_000L, List.of("nl"),
				new Coordinates(latitude, -20.0), null), clock.instant());
		city.moveTo(CityStatus.MEMBER, clock.instant(), null, null);
		city = cities.save(city);
		new Fixtures(cities, people, encoder).person(adminEmail, null, city, Role.CITY_ADMIN);
		return city;
	}

	private org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder application(
			String name, String email, String... more) {
		List<String> fields = new java.util.ArrayList<>(java.util.Arrays.asList("contactEmail", email, "latitude", "",
				"longitude", "", "differentCity", null));
		fields.addAll(List.of(more));
		return JoinIntegrationTest.valid(name, "BE", fields.toArray(String[]::new));
	}

	@Test
	void theApplicantIsWarnedBeforeAnythingIsStoredAndKeepsEveryValue() throws Exception {
		City existing = member("Zoutleeuw " + unique, -30.0, "admin-" + unique + "@zoutleeuw.example");
		long stored = mongo.getCollection("cityApplications").countDocuments();
		long charters = mongo.getCollection("fs.files").countDocuments();
		MockHttpSession session = new MockHttpSession();
		String html = mvc.perform(application("Stad ZOUTLEEUW " + unique, "admin-" + unique + "@zoutleeuw.example",
				"region", "Vlaams-Brabant").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Is your city already in the network?")))
			.andExpect(content().string(containsString("href=\"/cities/" + existing.getSlug() + "\"")))
			.andExpect(content().string(containsString("the same name in the same country")))
			.andExpect(content().string(containsString("the same contact address")))
			.andExpect(content().string(containsString("value=\"Vlaams-Brabant\"")))
			.andExpect(content().string(containsString("value=\"Stad ZOUTLEEUW " + unique + "\"")))
			.andExpect(content().string(containsString("Your charter file charter.pdf is kept")))
			.andExpect(content().string(containsString("id=\"differentCity\"")))
			.andReturn().getResponse().getContentAsString();
		// the other city's contact address is never shown: only "the same contact address"
		assertThat(html.split("admin-" + unique + "@zoutleeuw.example", -1)).hasSize(2); // only the applicant's own field
		assertThat(mongo.getCollection("cityApplications").countDocuments()).isEqualTo(stored);
		assertThat(mongo.getCollection("fs.files").countDocuments()).isEqualTo(charters);
		assertThat(cities.findBySlug("stad-zoutleeuw-" + unique)).isEmpty();

		// confirming needs no second upload: the charter was kept in the applicant's session
		mvc.perform(withoutFile("Stad ZOUTLEEUW " + unique, "admin-" + unique + "@zoutleeuw.example").session(session))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/join/submitted"));
		City applied = cities.findBySlug("stad-zoutleeuw-" + unique).orElseThrow();
		Document application = mongo.findOne(Query.query(Criteria.where("cityId").is(applied.getId())), Document.class,
				"cityApplications");
		assertThat(application.getBoolean("confirmedDifferentCity")).isTrue();
		assertThat(mongo.getCollection("fs.files").countDocuments()).isEqualTo(charters + 1);
	}

	/** The same application as the first send, without the file and with the confirmation ticked. */
	private org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder withoutFile(String name,
			String email) {
		var request = multipart("/join");
		java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
		fields.put("name", name);
		fields.put("country", "BE");
		fields.put("region", "Vlaams-Brabant");
		fields.put("population", "265000");
		fields.put("languages", "nl");
		fields.put("contactName", "An Peeters");
		fields.put("contactEmail", email);
		fields.put("contactLanguage", "EN");
		fields.put("councilDecisionDate", "2026-03-27");
		fields.put("differentCity", "true");
		fields.forEach(request::param);
		return request.with(csrf());
	}

	@Test
	void aNearbyApplicationIsWarnedOfAndAnUnrelatedOneIsNot() throws Exception {
		member("Kortenaken " + unique, -31.0, "k-" + unique + "@kortenaken.example");
		mvc.perform(application("Elsewhere " + unique, "e-" + unique + "@elsewhere.example", "latitude", "-31.01",
				"longitude", "-20.01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("less than 5 km away on the map")))
			.andExpect(content().string(not(containsString("the same contact address"))));
		mvc.perform(application("Farther " + unique, "f-" + unique + "@farther.example", "latitude", "-35.0",
				"longitude", "-20.0"))
			.andExpect(status().isFound());
	}

	@Test
	void theSecretariatSeesTheFlagAndMustConfirmBeforeApproving() throws Exception {
		City existing = member("Landen " + unique, -32.0, "l-" + unique + "@landen.example");
		mvc.perform(application("Landen " + unique, "other-" + unique + "@landen.example", "differentCity", "true"))
			.andExpect(status().isFound());
		City duplicate = cities.findBySlug("landen-" + unique + "-be").orElseThrow();
		String id = mongo.findOne(Query.query(Criteria.where("cityId").is(duplicate.getId())), Document.class,
				"cityApplications").getObjectId("_id").toHexString();
		mvc.perform(get("/admin/applications").with(as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Likely duplicate")))
			.andExpect(content().string(containsString("of Landen " + unique + ": the same name in the same country")));
		mvc.perform(get("/admin/applications/" + id).with(as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/admin/cities/" + existing.getSlug() + "\"")))
			.andExpect(content().string(containsString("The applicant saw this warning and confirmed")))
			.andExpect(content().string(containsString("public address will be /cities/" + duplicate.getSlug())))
			.andExpect(content().string(containsString("The address /cities/" + existing.getSlug() + " of its name is taken")));
		long mails = mongo.getCollection("outbox").countDocuments();
		mvc.perform(post("/admin/applications/" + id + "/approve").with(as(admin)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Confirm that this is a different city, or reject the application")))
			.andExpect(content().string(containsString("href=\"#confirmDuplicate\"")));
		// the rule holds in the domain too, whatever the surface
		assertThatThrownBy(() -> decisions.approve(id, admin.getId(), "http://localhost"))
			.isInstanceOf(UnconfirmedDuplicate.class);
		assertThat(cities.findBySlug(duplicate.getSlug()).orElseThrow().getStatus()).isEqualTo(CityStatus.APPLIED);
		assertThat(mongo.getCollection("outbox").countDocuments()).isEqualTo(mails);
		mvc.perform(post("/admin/applications/" + id + "/approve").param("confirmDuplicate", "true")
			.with(as(admin))
			.with(csrf())).andExpect(status().isFound());
		assertThat(cities.findBySlug(duplicate.getSlug()).orElseThrow().getStatus()).isEqualTo(CityStatus.MEMBER);
	}

	@Test
	void theConfirmationMailLinksToAStatusPageAndTheSecretariatHearsOfTheApplication() throws Exception {
		String email = "status-" + unique + "@boutersem.example";
		mvc.perform(application("Boutersem " + unique, email)).andExpect(status().isFound());
		Document mail = mongo.find(Query.query(Criteria.where("recipient").is(email)), Document.class, "outbox").getFirst();
		var link = java.util.regex.Pattern.compile("https?://[^/\\s]+(/join/status/[A-Za-z0-9_-]{43})")
			.matcher(mail.getString("textBody"));
		assertThat(link.find()).as("a status link in the confirmation mail").isTrue();
		mvc.perform(get(link.group(1)))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(header().string("Referrer-Policy", "no-referrer"))
			.andExpect(content().string(containsString("Boutersem " + unique)))
			.andExpect(content().string(containsString("Waiting for a decision")))
			.andExpect(content().string(not(containsString(email))));
		mvc.perform(get("/join/status/" + "x".repeat(43))).andExpect(status().isNotFound());
		mvc.perform(get("/join/status/short")).andExpect(status().isNotFound());
		assertThat(mongo.find(Query.query(Criteria.where("recipient").is("secretariat@ic.example")
			.and("subject").is("New application to join: Boutersem " + unique)), Document.class, "outbox")).hasSize(1);

		City city = cities.findBySlug("boutersem-" + unique).orElseThrow();
		String id = mongo.findOne(Query.query(Criteria.where("cityId").is(city.getId())), Document.class,
				"cityApplications").getObjectId("_id").toHexString();
		mvc.perform(post("/admin/applications/" + id + "/reject").param("reason", "Charter unsigned")
			.with(as(admin))
			.with(csrf())).andExpect(status().isFound());
		mvc.perform(get(link.group(1)))
			.andExpect(content().string(containsString("Not accepted")))
			.andExpect(content().string(containsString("Charter unsigned")));
	}

}
