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

	/** Spring Data creates none (auto-index-creation off): the declared ones come from a change unit run each start. */
	@Test
	void declaredIndexesAreEnsuredAtEveryStartByMongock() {
		assertThat(mongo.find(Query.query(Criteria.where("changeId").is("declared-indexes")), Document.class,
				"mongockChangeLog")).isNotEmpty().allSatisfy(entry -> assertThat(entry.getString("state")).isEqualTo("EXECUTED"));
	}

	/** A feature's own indexes are change units in its package, found by the scan of the whole base package. */
	@Test
	void featureChangeUnitsOutsideTheMigrationPackageRan() {
		assertThat(mongo.indexOps("change_log").getIndexInfo())
			.anySatisfy(index -> assertThat(index.getName()).isEqualTo("change_log_at"));
	}

}
