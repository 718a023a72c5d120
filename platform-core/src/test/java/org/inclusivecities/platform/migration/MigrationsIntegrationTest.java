package org.inclusivecities.platform.migration;

import java.util.List;

import org.bson.Document;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

@PlatformIntegrationTest
class MigrationsIntegrationTest {

	@Autowired
	MongoTemplate mongo;

	@Test
	void firstMigrationRanOnceAndIsRecorded() {
		List<Document> entries = mongo.find(Query.query(Criteria.where("changeId").is("entity-indexes")), Document.class,
				"mongockChangeLog");
		assertThat(entries).singleElement()
			.satisfies(entry -> assertThat(entry.getString("state")).isEqualTo("EXECUTED"));
	}

	@Test
	void declaredIndexesArePresent() {
		assertThat(mongo.indexOps("people").getIndexInfo())
			.anySatisfy(index -> assertThat(index.isUnique()).isTrue());
		assertThat(mongo.indexOps("outbox").getIndexInfo()).anySatisfy(
				index -> assertThat(index.getName()).isEqualTo("status_due"));
	}

}
