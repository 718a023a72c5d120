package org.inclusivecities.platform.practice.search;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.inclusivecities.platform.database.StorageProperties;
import org.inclusivecities.platform.plan.ActivityType;
import org.inclusivecities.platform.plan.Aim;
import org.inclusivecities.platform.practice.Consent;
import org.inclusivecities.platform.practice.ConsentScope;
import org.inclusivecities.platform.practice.PracticeContent;
import org.inclusivecities.platform.practice.PublishedPractice;
import org.inclusivecities.platform.practice.RichText;
import org.inclusivecities.platform.practice.SearchProperties;
import org.inclusivecities.platform.practice.SearchRequest;
import org.inclusivecities.platform.practice.SearchResults;
import org.inclusivecities.platform.plan.Sector;
import org.inclusivecities.platform.practice.Story;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LucenePracticeSearchTest {

	LucenePracticeSearch search;

	@BeforeEach
	void index() throws Exception {
		search = new LucenePracticeSearch(new SearchProperties("lucene", null),
				new StorageProperties(Path.of("target"), null), new RichText());
		search.rebuild(List.of(
				practice("1", "Het herstelcafé van Gent", "Een **herstelcafé** waar mensen in herstel elkaar ontmoeten.",
						"BE", "nl", ActivityType.RECOVERY_CAFE, Aim.NEW_CONNECTIONS, Sector.HEALTH, List.of()),
				practice("2", "Jaarlijkse herstelwandeling", "Een wandeling door de stad om herstel zichtbaar te maken.",
						"NL", "nl", ActivityType.RECOVERY_WALK, Aim.MAKE_RECOVERY_VISIBLE, Sector.CULTURE, List.of()),
				practice("3", "Employers who hire people in recovery",
						"Local employers offer apprenticeships <script>alert(1)</script> to people in recovery.", "GB",
						"en", ActivityType.EMPLOYER_PROGRAMME, Aim.RECOVERY_IS_POSSIBLE, Sector.EMPLOYMENT,
						List.of(story("Finding work again", "The zebrafish job changed everything")))));
	}

	@AfterEach
	void close() throws Exception {
		search.destroy();
	}

	@Test
	void dutchQueriesFindOtherWordFormsOfTheSameWord() {
		assertThat(ids(search.search(request("herstelcafés")))).containsExactly("1");
		assertThat(ids(search.search(request("wandelingen")))).containsExactly("2");
		assertThat(ids(search.search(request("Herstelcafe")))).containsExactly("1");
	}

	@Test
	void englishQueriesAreStemmedToo() {
		assertThat(ids(search.search(request("employer apprenticeship")))).containsExactly("3");
		assertThat(ids(search.search(request("zebrafish")))).as("story text is searchable").containsExactly("3");
		assertThat(ids(search.search(request("nothingmatchesthis")))).isEmpty();
	}

	@Test
	void matchesAreHighlightedInTheSummaryAndEverythingElseIsEscaped() {
		SearchResults results = search.search(request("apprenticeships"));
		String snippet = results.hits().getFirst().snippetHtml();
		assertThat(snippet).contains("<mark>apprenticeships</mark>").doesNotContain("<script>");
		assertThat(search.search(request("herstelcafés")).hits().getFirst().snippetHtml())
			.contains("<mark>herstelcafé</mark>");
	}

	@Test
	void facetsCountPracticesAndFilter() {
		SearchResults all = search.search(request(""));
		assertThat(all.total()).isEqualTo(3);
		assertThat(ids(all)).as("newest first when browsing").containsExactly("3", "2", "1");
		assertThat(count(all, SearchRequest.LANGUAGE, "nl")).isEqualTo(2);
		assertThat(count(all, SearchRequest.COUNTRY, "GB")).isEqualTo(1);
		SearchResults dutch = search.search(new SearchRequest("", Map.of(SearchRequest.LANGUAGE, Set.of("nl"),
				SearchRequest.ACTIVITY, Set.of("RECOVERY_CAFE")), 0, 10));
		assertThat(ids(dutch)).containsExactly("1");
		assertThat(count(dutch, SearchRequest.ACTIVITY, "RECOVERY_WALK")).as("drill sideways").isEqualTo(1);
	}

	@Test
	void removedPracticesAreGoneAtOnceAndPagesAreSliced() {
		search.remove("1");
		assertThat(ids(search.search(request("herstelcafés")))).isEmpty();
		SearchResults second = search.search(new SearchRequest("", Map.of(), 1, 1));
		assertThat(second.total()).isEqualTo(2);
		assertThat(second.hits()).hasSize(1);
		assertThat(second.pages()).isEqualTo(2);
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

	private static long count(SearchResults results, String dimension, String value) {
		return results.facets()
			.stream()
			.filter(f -> f.dimension().equals(dimension))
			.flatMap(f -> f.values().stream())
			.filter(v -> v.value().equals(value))
			.mapToLong(SearchResults.FacetValue::count)
			.findFirst()
			.orElse(0);
	}

	private static SearchRequest request(String query) {
		return new SearchRequest(query, Map.of(), 0, 10);
	}

	private static List<String> ids(SearchResults results) {
		return results.hits().stream().map(SearchResults.Hit::id).toList();
	}

	static Story story(String title, String text) {
		return new Story("s1", title, text, new Consent("A. Person", LocalDate.of(2026, 1, 1), ConsentScope.ANONYMOUS,
				null, "p1", Instant.EPOCH, null), Instant.EPOCH, true);
	}

	static PublishedPractice practice(String id, String title, String summary, String country, String language,
			ActivityType type, Aim aim, Sector sector, List<Story> stories) {
		PracticeContent content = new PracticeContent(title, summary, "", "Wat er gedaan is", "", "", "", "", "",
				Set.of(type), Set.of(aim), Set.of(sector), List.of(), List.of(language), List.of());
		Instant published = Instant.EPOCH.plusSeconds(Long.parseLong(id));
		return new PublishedPractice(id, "city-" + id, "City " + id, "city-" + id, country, content, stories, List.of(),
				published, published, List.of());
	}

}
