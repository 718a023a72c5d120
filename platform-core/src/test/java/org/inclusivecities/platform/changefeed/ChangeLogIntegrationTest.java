package org.inclusivecities.platform.changefeed;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.bson.Document;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With other instances, every public change of this instance is appended to the change log as one document, and an
 * entry of another instance is published here as the event it was there, without being appended again.
 */
@PlatformIntegrationTest(properties = { "platform.core.other-instances=true", "platform.core.change-feed.mode=polling" })
class ChangeLogIntegrationTest {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	ChangeLog changeLog;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	Heard heard;

	@Test
	void aChangeOfThisInstanceIsAppendedAndAnotherInstancesEntryIsPublishedHereOnce() {
		events.publishEvent(new Listed("city-listed-here"));
		Document entry = entryAbout("city-listed-here");
		assertThat(entry.getString(ChangeLog.ORIGIN)).isNotBlank();

		changeLog.replay(entry);
		assertThat(heard.changes()).as("this instance's own entry is not published again").containsOnlyOnce(
				new Listed("city-listed-here"));

		Document fromElsewhere = new Document(entry).append(ChangeLog.ORIGIN, "another-instance")
			.append(ChangeLog.CHANGE, new Document(entry.get(ChangeLog.CHANGE, Document.class)).append("cityId",
					"city-listed-elsewhere"));
		changeLog.replay(fromElsewhere);
		assertThat(heard.changes()).contains(new Listed("city-listed-elsewhere"));
		assertThat(mongo.count(Query.query(Criteria.where("change.cityId").is("city-listed-elsewhere")),
				ChangeLog.COLLECTION)).as("not appended again").isZero();
	}

	@Test
	void anEntryThisVersionCannotReadIsSkipped() {
		events.publishEvent(new Published("plan-city", 3));
		Document entry = entryAbout("plan-city").append(ChangeLog.ORIGIN, "a-newer-instance");
		entry.get(ChangeLog.CHANGE, Document.class).put("_class", "org.inclusivecities.platform.plan.PlanRetracted");
		int before = heard.changes().size();

		changeLog.replay(entry);
		assertThat(heard.changes()).hasSize(before);
	}

	private Document entryAbout(String cityId) {
		List<Document> entries = mongo.find(Query.query(Criteria.where("change.cityId").is(cityId)), Document.class,
				ChangeLog.COLLECTION);
		assertThat(entries).singleElement();
		return entries.getFirst();
	}

	/**
	 * Changes of this test's own (a feature's events would make the change feed depend on that feature, a cycle
	 * Modulith refuses): one with a city, one with a city and a number, as real events have.
	 */
	record Listed(String cityId) implements PublicChange {
	}

	record Published(String cityId, int number) implements PublicChange {
	}

	record Heard(List<PublicChange> changes) {

		@EventListener
		void heard(PublicChange change) {
			changes.add(change);
		}

	}

	@TestConfiguration
	static class Listening {

		@Bean
		Heard heard() {
			return new Heard(new CopyOnWriteArrayList<>());
		}

	}

}
