package org.inclusivecities.platform.practice.search;

import java.nio.file.Path;
import java.util.List;

import org.inclusivecities.platform.database.StorageProperties;
import org.inclusivecities.platform.plan.ActivityType;
import org.inclusivecities.platform.plan.Aim;
import org.inclusivecities.platform.plan.Sector;
import org.inclusivecities.platform.practice.PracticeSearch;
import org.inclusivecities.platform.practice.RichText;
import org.inclusivecities.platform.practice.SearchProperties;
import org.inclusivecities.platform.practice.SearchResults;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded Lucene search against the shared {@link PracticeSearchContract}, plus its index on disk. */
class LucenePracticeSearchTest extends PracticeSearchContract {

	LucenePracticeSearch lucene;

	@Override
	PracticeSearch search() {
		try {
			lucene = new LucenePracticeSearch(new SearchProperties("lucene", null),
					new StorageProperties(Path.of("target"), null), new RichText());
			return lucene;
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	@AfterEach
	void close() throws Exception {
		lucene.destroy();
	}

	@Test
	void answersAreCachedUntilTheIndexChanges() {
		SearchResults first = search.search(request("herstelcafés"));
		assertThat(search.search(request("herstelcafés"))).as("served from the cache").isSameAs(first);
		assertThat(ids(first)).containsExactly("1");
		search.remove("1"); // e.g. the city withdrew its consent
		assertThat(ids(search.search(request("herstelcafés")))).as("never the cached answer").isEmpty();
		assertThat(search.search(request("")).facets()).isNotEmpty();
	}

	@Test
	void anIndexOnDiskSurvivesARestart(@org.junit.jupiter.api.io.TempDir Path dataDir) throws Exception {
		LucenePracticeSearch onDisk = new LucenePracticeSearch(new SearchProperties("lucene", Path.of("index")),
				new StorageProperties(dataDir, null), new RichText());
		onDisk.index(practice("9", "Herstelfietstocht", "Een fietstocht.", "NL", "nl", ActivityType.BIKE_RIDE,
				Aim.CELEBRATE_RECOVERY, Sector.CULTURE, List.of()));
		onDisk.destroy();
		LucenePracticeSearch reopened = new LucenePracticeSearch(new SearchProperties("lucene", Path.of("index")),
				new StorageProperties(dataDir, null), new RichText());
		try {
			assertThat(reopened.size()).isEqualTo(1);
			assertThat(ids(reopened.search(request("fietstochten")))).containsExactly("9");
		}
		finally {
			reopened.destroy();
		}
	}

	@Test
	void anIndexOfAnOlderLayoutIsEmptiedSoThatItIsRebuilt(@org.junit.jupiter.api.io.TempDir Path dataDir)
			throws Exception {
		Path folder = dataDir.resolve("index");
		// an index as version 1 wrote it: no layout in its commit data
		try (var directory = org.apache.lucene.store.FSDirectory.open(folder);
				var writer = new org.apache.lucene.index.IndexWriter(directory,
						new org.apache.lucene.index.IndexWriterConfig())) {
			var doc = new org.apache.lucene.document.Document();
			doc.add(new org.apache.lucene.document.StringField(LucenePracticeSearch.ID, "9",
					org.apache.lucene.document.Field.Store.YES));
			writer.addDocument(doc);
			writer.commit();
		}
		LucenePracticeSearch opened = new LucenePracticeSearch(new SearchProperties("lucene", Path.of("index")),
				new StorageProperties(dataDir, null), new RichText());
		try {
			assertThat(opened.size()).as("emptied, so PracticeIndexing rebuilds it at start").isZero();
			opened.index(practice("9", "Herstelfietstocht", "Een fietstocht.", "NL", "nl", ActivityType.BIKE_RIDE,
					Aim.CELEBRATE_RECOVERY, Sector.CULTURE, List.of()));
		}
		finally {
			opened.destroy();
		}
		LucenePracticeSearch reopened = new LucenePracticeSearch(new SearchProperties("lucene", Path.of("index")),
				new StorageProperties(dataDir, null), new RichText());
		try {
			assertThat(reopened.size()).as("an index of the current layout is kept").isEqualTo(1);
			assertThat(reopened.publishedBy("city-9")).extracting(SearchResults.Hit::id).containsExactly("9");
		}
		finally {
			reopened.destroy();
		}
	}

	@Test
	void laterPagesWithReusedCountsEqualPagesCountedAfresh() throws Exception {
		List<org.inclusivecities.platform.practice.PublishedPractice> many = new java.util.ArrayList<>();
		for (int i = 10; i < 40; i++) {
			many.add(practice(String.valueOf(i), "Herstelwandeling " + i, "Een wandeling voor herstel " + i + ".",
					i % 2 == 0 ? "NL" : "BE", "nl", i % 3 == 0 ? ActivityType.RECOVERY_WALK : ActivityType.BIKE_RIDE,
					Aim.MAKE_RECOVERY_VISIBLE, Sector.CULTURE, List.of()));
		}
		search.rebuild(many);
		LucenePracticeSearch fresh = new LucenePracticeSearch(new SearchProperties("lucene", null),
				new StorageProperties(Path.of("target"), null), new RichText());
		try {
			for (String query : List.of("herstelwandeling", "")) {
				for (var filters : List.<java.util.Map<String, java.util.Set<String>>>of(java.util.Map.of(),
						java.util.Map.of(org.inclusivecities.platform.practice.SearchRequest.COUNTRY,
								java.util.Set.of("NL")))) {
					search.search(new org.inclusivecities.platform.practice.SearchRequest(query, filters, 0, 7));
					for (int page = 1; page < 5; page++) {
						var request = new org.inclusivecities.platform.practice.SearchRequest(query, filters, page, 7);
						SearchResults reused = search.search(request); // counts of page 0
						fresh.rebuild(many); // a new generation: nothing cached, counts itself
						SearchResults counted = fresh.search(request);
						assertThat(ids(reused)).as(query + " " + filters + " page " + page).isEqualTo(ids(counted));
						assertThat(reused.total()).isEqualTo(counted.total());
						assertThat(reused.facets()).isEqualTo(counted.facets());
					}
				}
			}
			assertThat(search.search(new org.inclusivecities.platform.practice.SearchRequest("herstelwandeling",
					java.util.Map.of(), 4, 7)).hits()).as("the last page").hasSize(2);
		}
		finally {
			fresh.destroy();
		}
	}

	@Test
	void aFilterThatEveryPracticePassesChangesNeitherRankingNorCounts() {
		List<org.inclusivecities.platform.practice.PublishedPractice> many = new java.util.ArrayList<>();
		for (int i = 10; i < 70; i++) {
			many.add(practice(String.valueOf(i), (i % 4 == 0 ? "Herstelwandeling en herstelcafé " : "Herstelwandeling ") + i,
					"Een wandeling voor herstel" + " en herstel".repeat(i % 5) + ".", i % 2 == 0 ? "NL" : "BE",
					i % 3 == 0 ? "en" : "nl", i % 3 == 0 ? ActivityType.RECOVERY_WALK : ActivityType.BIKE_RIDE,
					Aim.MAKE_RECOVERY_VISIBLE, i % 5 == 0 ? Sector.HEALTH : Sector.CULTURE, List.of()));
		}
		search.rebuild(many);
		for (String query : List.of("herstelwandeling", "herstel", "herstelcafé wandeling")) {
			for (int page = 0; page < 3; page++) {
				search.rebuild(many); // nothing cached: each search counts for itself
				var plain = new org.inclusivecities.platform.practice.SearchRequest(query, java.util.Map.of(), page, 9);
				SearchResults unfiltered = search.search(plain);
				search.rebuild(many);
				// every practice is in one of these languages: the same matches, ranks and (sideways) counts
				SearchResults sideways = search.search(new org.inclusivecities.platform.practice.SearchRequest(query,
						java.util.Map.of(org.inclusivecities.platform.practice.SearchRequest.LANGUAGE,
								java.util.Set.of("nl", "en")), page, 9));
				assertThat(ids(unfiltered)).as(query + " page " + page).isEqualTo(ids(sideways));
				assertThat(unfiltered.hits().isEmpty()).as("hits on the first page").isEqualTo(page > 1 && query.contains(" "));
				assertThat(unfiltered.hits()).extracting(SearchResults.Hit::score)
					.isEqualTo(sideways.hits().stream().map(SearchResults.Hit::score).toList());
				assertThat(unfiltered.total()).isEqualTo(sideways.total()).isPositive();
				assertThat(counts(unfiltered)).isEqualTo(counts(sideways));
			}
		}
	}

	private static java.util.Map<String, Long> counts(SearchResults results) {
		java.util.Map<String, Long> counts = new java.util.TreeMap<>();
		results.facets().forEach(f -> f.values().forEach(v -> counts.put(f.dimension() + "=" + v.value(), v.count())));
		return counts;
	}

}
