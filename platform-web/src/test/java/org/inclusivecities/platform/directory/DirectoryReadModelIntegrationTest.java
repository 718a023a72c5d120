package org.inclusivecities.platform.directory;

import java.time.Clock;

import java.time.Instant;
import java.util.List;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.CityImported;
import org.inclusivecities.platform.city.CityNames;
import org.inclusivecities.platform.city.CityProfile;
import org.inclusivecities.platform.city.CityProfileChanged;
import org.inclusivecities.platform.city.CityStatus;
import org.inclusivecities.platform.city.CityStatusChanged;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.inclusivecities.platform.testing.SharesContext;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The in-memory directory follows the cities' events: those of a city saved in this instance at once, and those of
 * another instance when the change feed publishes them here (simulated by writing to the database directly, as the
 * other instance's save would, and publishing the event the change feed would bring).
 */
@SharesContext
@PlatformIntegrationTest
class DirectoryReadModelIntegrationTest {

	@Autowired
	Clock clock;

	@Autowired
	Cities cities;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	MemberDirectory directory;

	@Autowired
	DirectoryReadModel model;

	@Autowired
	ApplicationEventPublisher events;

	@Test
	void savesInThisInstanceShowAtOnce() {
		City aalst = member("Aalst", "BE", List.of("nl"));
		aalst.update(new CityProfile("Aalst aan de Dender", "BE", null, 90_000L, List.of("nl", "rm"), null, null));
		cities.save(aalst);
		assertThat(names(query("dender", null))).containsExactly("Aalst aan de Dender");
		assertThat(directory.languages()).contains("rm");

		aalst.moveTo(CityStatus.LEFT, Instant.parse("2026-01-01T00:00:00Z"), "admin", "moved on");
		cities.save(aalst);
		assertThat(directory.find("aalst")).isEmpty();
		assertThat(names(query("dender", null))).isEmpty();
		assertThat(directory.languages()).doesNotContain("rm");
	}

	@Test
	void changesOfAnotherInstanceShowWhenTheirEventsArrive() {
		member("Hasselt", "BE", List.of("nl"));
		member("Esch", "LU", List.of("lb"));
		// another instance renames Hasselt, lets Esch leave, and admits a new member
		Instant now = clock.instant();
		changeElsewhere("hasselt", new Update().set("name", "Hasselt Limburg").set("searchName", "hasselt limburg")
			.set("searchKeys", CityNames.searchKeys("Hasselt Limburg")));
		changeElsewhere("esch", new Update().set("status", CityStatus.LEFT.name()));
		City joined = City.apply(new CityProfile("Zwolle", "NL", null, 130_000L, List.of("nl"), null, null), now);
		joined.moveTo(CityStatus.MEMBER, now, "admin", null);
		Document raw = new Document();
		mongo.getConverter().write(joined, raw);
		raw.put("_id", new ObjectId());
		raw.put("version", 1L);
		mongo.getCollection("cities").insertOne(raw); // no event in this instance

		assertThat(names(query("limburg", null))).as("no event yet").isEmpty();
		assertThat(directory.find("esch")).isPresent();
		assertThat(directory.find("zwolle")).isEmpty();

		events.publishEvent(new CityProfileChanged(id("hasselt")));
		events.publishEvent(new CityStatusChanged(id("esch")));
		events.publishEvent(new CityImported(raw.getObjectId("_id").toHexString()));

		assertThat(names(query("limburg", null))).containsExactly("Hasselt Limburg");
		assertThat(directory.find("esch")).as("left the network").isEmpty();
		assertThat(directory.countries()).doesNotContain("LU");
		assertThat(names(query("zwol", "NL"))).containsExactly("Zwolle");
	}

	@Test
	void anOlderVersionNeverUndoesANewerOne() {
		member("Mechelen", "BE", List.of("nl"));
		City newer = cities.findBySlug("mechelen").orElseThrow();
		City stale = cities.findBySlug("mechelen").orElseThrow();
		newer.moveTo(CityStatus.LEFT, Instant.parse("2026-01-01T00:00:00Z"), "admin", "left");
		cities.save(newer);
		model.apply(stale); // read before the newer save, applied after it
		assertThat(directory.find("mechelen")).isEmpty();
	}

	@Test
	void theSameVersionSeenAgainChangesNothing() {
		member("Kortrijk", "BE", List.of("nl"));
		City saved = cities.findBySlug("kortrijk").orElseThrow();
		ListedCities before = model.listed();
		model.apply(saved);
		events.publishEvent(new CityProfileChanged(saved.getId())); // heard again, e.g. through the change feed
		assertThat(model.listed()).as("not rebuilt, so the page cache is not emptied either").isSameAs(before);
	}

	@Test
	void aRebuildAgreesWithWhatWasFollowed() {
		member("Leuven", "BE", List.of("nl"));
		DirectoryQuery all = new DirectoryQuery("", null, null, null, null, DirectorySort.POPULATION, 0, 100);
		List<String> before = names(all);
		model.rebuild();
		assertThat(names(all)).isEqualTo(before).contains("Leuven");
	}

	private City member(String name, String country, List<String> languages) {
		Instant at = Instant.parse("2025-01-01T00:00:00Z");
		City city = City.apply(new CityProfile(name, country, null, 50_000L, languages, null, null), at);
		city.moveTo(CityStatus.MEMBER, at, "admin", null);
		return cities.save(city);
	}

	private void changeElsewhere(String slug, Update update) {
		mongo.updateFirst(Query.query(Criteria.where("slug").is(slug)), update.inc("version", 1), "cities");
	}

	private String id(String slug) {
		return cities.findBySlug(slug).orElseThrow().getId();
	}

	private static DirectoryQuery query(String text, String country) {
		return new DirectoryQuery(text, country, null, null, null, DirectorySort.NAME, 0, 20);
	}

	private List<String> names(DirectoryQuery query) {
		return directory.search(query).getContent().stream().map(DirectoryEntry::name).toList();
	}

}
