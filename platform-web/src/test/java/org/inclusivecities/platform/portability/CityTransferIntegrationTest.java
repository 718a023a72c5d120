package org.inclusivecities.platform.portability;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.join.Fixtures;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.inclusivecities.platform.join.Fixtures.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A city exported by the secretariat, the database wiped (a fresh installation), the export imported:
 * every document, the charter PDF and a practice image come back identical; a clash, bad input or a
 * city admin changes nothing.
 */
@PlatformIntegrationTest(properties = "platform.core.portability.max-import-bytes=200000")
@AutoConfigureMockMvc
class CityTransferIntegrationTest {

	static final List<String> COLLECTIONS = List.of("cities", "cityApplications", "action_plans", "published_plans",
			"council_consents", "indicators", "monitoring_reports", "practices", "practice_adoptions", "accreditationRequests",
			"reviewerNominations", "cityTies", "membershipChanges");

	static final byte[] CHARTER = "%PDF-1.4 the signed charter".getBytes(StandardCharsets.US_ASCII);

	static final byte[] IMAGE = { (byte) 0x89, 'P', 'N', 'G', 1, 2, 3, 4, 5 };

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

	@Test
	void aCityComesBackIdenticalOnAFreshInstallationAndAClashWritesNothing() throws Exception {
		Fixtures fixtures = new Fixtures(cities, people, encoder);
		City a = fixtures.memberCity("Antwerpen", "BE");
		City b = fixtures.memberCity("Glasgow", "GB");
		Person admin = fixtures.networkAdmin("secretariat@network.example", "a-long-password-1");
		Person member = fixtures.person("member@antwerpen.example", "a-long-password-2", a, Role.CITY_ADMIN);
		ObjectId charter = bucket("fs").uploadFromStream("charter.pdf", new ByteArrayInputStream(CHARTER));
		seed(a.getId(), charter);
		mongo.insert(new Document("cityId", b.getId()).append("title", "Glasgow's plan"), "action_plans");

		String json = mvc.perform(get("/admin/cities/antwerpen/export").with(as(admin)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(json).contains("member@antwerpen.example")
			.doesNotContain(people.findById(member.getId()).orElseThrow().getPasswordHash())
			.doesNotContain("secret-invitation-hash")
			.doesNotContain("Glasgow's plan");
		Map<String, List<Document>> before = snapshot(a.getId());

		Map<String, Long> counts = counts();
		mvc.perform(upload(json).with(as(admin)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("already exists")));
		assertThat(counts()).isEqualTo(counts);

		for (String name : mongo.getCollectionNames()) {
			mongo.getCollection(name).deleteMany(new Document());
		}
		mvc.perform(upload(json).with(as(admin)))
			.andDo(result -> assertThat(result.getResponse().getContentAsString()).doesNotContain("import-details"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin"));

		assertThat(snapshot(a.getId())).isEqualTo(before);
		assertThat(download("fs", charter)).isEqualTo(CHARTER);
		ObjectId image = mongo.findOne(org.springframework.data.mongodb.core.query.Query.query(
				org.springframework.data.mongodb.core.query.Criteria.where("metadata.cityId").is(a.getId())),
				Document.class, "practice_images.files").getObjectId("_id");
		assertThat(download("practice_images", image)).isEqualTo(IMAGE);
		Person imported = people.findByEmail("member@antwerpen.example").orElseThrow();
		assertThat(imported.getPasswordHash()).isNull();
		assertThat(imported.membershipIn(a.getId())).isPresent();
		assertThat(cities.findBySlug("glasgow")).isEmpty();
		assertThat(mongo.getCollection("action_plans").countDocuments()).isEqualTo(1);
	}

	@Test
	void badInputIsRefusedClearlyAndWritesNothing() throws Exception {
		Person admin = new Fixtures(cities, people, encoder).networkAdmin("bad@network.example", "a-long-password-1");
		Map<String, Long> counts = counts();
		mvc.perform(upload("{ not json").with(as(admin)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("govuk-error-summary")));
		mvc.perform(upload("{\"format\": \"inclusive-cities/city-export\", \"version\": 99, \"cityId\": \"x\", \"data\": {}}")
			.with(as(admin))).andExpect(status().isUnprocessableContent());
		mvc.perform(upload("{\"format\": \"inclusive-cities/city-export\", \"version\": 1, \"cityId\": \"x\", "
				+ "\"data\": {\"cities\": [{\"_id\": \"x\", \"slug\": \"x\"}], \"action_plans\": [{\"_id\": \"p\", \"cityId\": \"other\"}]}}")
			.with(as(admin))).andExpect(status().isUnprocessableContent());
		mvc.perform(upload("{\"padding\": \"" + "x".repeat(210_000) + "\"}").with(as(admin)))
			.andExpect(status().isPayloadTooLarge());
		assertThat(counts()).isEqualTo(counts);
	}

	@Test
	void aCityAdminCannotExportOrImport() throws Exception {
		Fixtures fixtures = new Fixtures(cities, people, encoder);
		City city = fixtures.memberCity("Gent", "BE");
		Person cityAdmin = fixtures.person("admin@gent.example", null, city, Role.CITY_ADMIN);
		Map<String, Long> counts = counts();
		mvc.perform(get("/admin/cities/gent/export").with(as(cityAdmin))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/import").with(as(cityAdmin))).andExpect(status().isForbidden());
		mvc.perform(upload("{}").with(as(cityAdmin))).andExpect(status().isForbidden());
		assertThat(counts()).isEqualTo(counts);
	}

	private void seed(String cityId, ObjectId charter) {
		mongo.insert(new Document("cityId", cityId).append("charterFileId", charter.toHexString())
			.append("submittedAt", new java.util.Date(1_700_000_000_000L)), "cityApplications");
		mongo.insert(new Document("_id", "plan-a").append("cityId", cityId).append("version", 3L)
			.append("parts", List.of(new Document("name", "mission").append("text", "Everyone belongs"))),
				"action_plans");
		mongo.insert(new Document("cityId", cityId).append("publishedById", "someone"), "published_plans");
		mongo.insert(new Document("cityId", cityId).append("memberId", "m-1").append("scope", "PUBLIC"),
				"council_consents");
		mongo.insert(new Document("cityId", cityId).append("name", "Accessible stops"), "indicators");
		mongo.insert(new Document("cityId", cityId).append("reflection", "Good year"), "monitoring_reports");
		String practiceId = new ObjectId().toHexString();
		ObjectId image = bucket("practice_images").uploadFromStream(practiceId + ".png", new ByteArrayInputStream(IMAGE),
				new GridFSUploadOptions().metadata(new Document("cityId", cityId).append("practiceId", practiceId)));
		mongo.insert(new Document("_id", practiceId).append("cityId", cityId)
			.append("images", List.of(new Document("id", image.toHexString()))), "practices");
		mongo.insert(new Document("cityId", cityId).append("practiceId", "elsewhere"), "practice_adoptions");
		mongo.insert(new Document("cityId", cityId).append("audit",
				List.of(new Document("actorId", "someone").append("action", "submitted"))), "accreditationRequests");
		mongo.insert(new Document("cityId", cityId).append("personId", "someone"), "reviewerNominations");
		mongo.insert(new Document("cityId", cityId).append("otherCityId", "x"), "cityTies");
		mongo.insert(new Document("cityId", cityId).append("personId", "someone"), "membershipChanges");
		mongo.insert(new Document("cityId", cityId).append("email", "new@antwerpen.example")
			.append("tokenHash", "secret-invitation-hash"), "invitations");
	}

	private Map<String, List<Document>> snapshot(String cityId) {
		Map<String, List<Document>> snapshot = new LinkedHashMap<>();
		for (String collection : COLLECTIONS) {
			Document filter = collection.equals("cities") ? new Document("_id", new ObjectId(cityId))
					: new Document("cityId", cityId);
			List<Document> documents = mongo.getCollection(collection).find(filter).into(new java.util.ArrayList<>());
			assertThat(documents).as(collection).isNotEmpty();
			snapshot.put(collection, documents);
		}
		return snapshot;
	}

	private Map<String, Long> counts() {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String name : mongo.getCollectionNames()) {
			if (name.startsWith("shedLock") || name.startsWith("mongock")) {
				continue;
			}
			counts.put(name, mongo.getCollection(name).countDocuments());
		}
		return counts;
	}

	private GridFSBucket bucket(String name) {
		return GridFSBuckets.create(mongo.getDb(), name);
	}

	private byte[] download(String bucket, ObjectId id) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		bucket(bucket).downloadToStream(id, out);
		return out.toByteArray();
	}

	private static org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder upload(
			String json) {
		return (org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder) multipart(
				"/admin/import")
			.file(new MockMultipartFile("file", "city.json", "application/json", json.getBytes(StandardCharsets.UTF_8)))
			.with(csrf());
	}

}
