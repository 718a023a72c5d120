package org.inclusivecities.platform.directory;

import java.time.Instant;
import java.util.List;

import org.bson.Document;
import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.CityProfile;
import org.inclusivecities.platform.city.CityStatus;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;

// its own context (and so its own database): the extra city must not change the shared fixture's counts
@PlatformIntegrationTest(properties = "platform.testing.context=backfill")
class DirectoryBackfillIntegrationTest {

	@Autowired
	MongoTemplate mongo;

	@Autowired
	Cities cities;

	@Autowired
	DirectoryBackfill backfill;

	@Autowired
	MemberDirectory directory;

	@Test
	void citiesStoredWithoutSearchFieldsBecomeFindable() {
		City city = City.apply(new CityProfile("Łęczna", "PL", null, 19_000L, List.of("pl"), null, null),
				Instant.parse("2024-01-01T00:00:00Z"));
		city.moveTo(CityStatus.MEMBER, Instant.parse("2024-02-01T00:00:00Z"), "admin", null);
		cities.save(city);
		mongo.updateFirst(Query.query(Criteria.where("slug").is("leczna")),
				new Update().unset("searchName").unset("searchKeys").unset("memberSince"), City.class);
		assertThat(mongo.findOne(Query.query(Criteria.where("slug").is("leczna")), Document.class, "cities"))
			.doesNotContainKey("searchName");

		backfill.run();

		DirectoryQuery query = new DirectoryQuery("lecz", null, null, null, null, DirectorySort.NAME, 0, 10);
		assertThat(directory.search(query).getContent()).extracting(DirectoryEntry::slug).containsExactly("leczna");
		assertThat(directory.find("leczna").orElseThrow().getMemberSince()).isEqualTo(Instant.parse("2024-02-01T00:00:00Z"));
	}

}
