package org.inclusivecities.platform.practice.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.inclusivecities.platform.plan.ActivityType;
import org.inclusivecities.platform.plan.Aim;
import org.inclusivecities.platform.plan.Sector;
import org.inclusivecities.platform.practice.Consent;
import org.inclusivecities.platform.practice.ConsentScope;
import org.inclusivecities.platform.practice.PracticeContent;
import org.inclusivecities.platform.practice.PracticeSearch;
import org.inclusivecities.platform.practice.PublishedPractice;
import org.inclusivecities.platform.practice.SearchRequest;
import org.inclusivecities.platform.practice.SearchResults;
import org.inclusivecities.platform.practice.Story;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link PracticeSearch} must do, whatever engine is behind it: each implementation's test extends
 * this and supplies its engine, so embedded Lucene and OpenSearch are held to the same assertions.
 */
abstract class PracticeSearchContract {

	/** A fresh, empty search of the implementation under test. */
	abstract PracticeSearch search();

	PracticeSearch search;

	@BeforeEach
	void index() throws Exception {
		search = search();
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
		assertThat(ids(search.search(request("employer nothingmatchesthis")))).as("every word must match").isEmpty();
	}

	@Test
	void matchesAreHighlightedInTheSummaryAndEverythingElseIsEscaped() {
		SearchResults results = search.search(request("apprenticeships"));
		String snippet = results.hits().getFirst().snippetHtml();
		assertThat(snippet).contains("<mark>apprenticeships</mark>").doesNotContain("<script>");
		assertThat(search.search(request("herstelcafés")).hits().getFirst().snippetHtml())
			.contains("<mark>herstelcafé</mark>");
		assertThat(search.search(request("")).hits()).filteredOn(h -> h.id().equals("3"))
			.singleElement()
			.satisfies(h -> assertThat(h.snippetHtml()).contains("&lt;script&gt;").doesNotContain("<mark>"));
	}

	@Test
	void hitsCarryWhatTheResultListShows() {
		SearchResults.Hit hit = search.search(request("wandeling")).hits().getFirst();
		assertThat(hit.id()).isEqualTo("2");
		assertThat(hit.title()).isEqualTo("Jaarlijkse herstelwandeling");
		assertThat(hit.cityName()).isEqualTo("City 2");
		assertThat(hit.country()).isEqualTo("NL");
	}

	@Test
	void facetsCountPracticesAndFilter() {
		SearchResults all = search.search(request(""));
		assertThat(all.total()).isEqualTo(3);
		assertThat(ids(all)).as("newest first when browsing").containsExactly("3", "2", "1");
		assertThat(count(all, SearchRequest.LANGUAGE, "nl")).isEqualTo(2);
		assertThat(count(all, SearchRequest.COUNTRY, "GB")).isEqualTo(1);
		assertThat(count(all, SearchRequest.SECTOR, "HEALTH")).isEqualTo(1);
		SearchResults dutch = search.search(new SearchRequest("", Map.of(SearchRequest.LANGUAGE, Set.of("nl"),
				SearchRequest.ACTIVITY, Set.of("RECOVERY_CAFE")), 0, 10));
		assertThat(ids(dutch)).containsExactly("1");
		assertThat(dutch.total()).isEqualTo(1);
		assertThat(count(dutch, SearchRequest.ACTIVITY, "RECOVERY_WALK")).as("drill sideways").isEqualTo(1);
		assertThat(count(dutch, SearchRequest.ACTIVITY, "EMPLOYER_PROGRAMME")).as("other dimensions still filter")
			.isZero();
		assertThat(count(dutch, SearchRequest.COUNTRY, "BE")).isEqualTo(1);
		assertThat(count(dutch, SearchRequest.COUNTRY, "NL")).as("filtered by the selected activity").isZero();
		SearchResults either = search.search(new SearchRequest("herstel", Map.of(SearchRequest.COUNTRY,
				Set.of("BE", "NL")), 0, 10));
		assertThat(ids(either)).as("values of one dimension are OR-ed").containsExactlyInAnyOrder("1", "2");
		assertThat(either.facets().stream().filter(f -> f.dimension().equals(SearchRequest.COUNTRY))
			.flatMap(f -> f.values().stream())
			.filter(SearchResults.FacetValue::selected)
			.map(SearchResults.FacetValue::value)).containsExactlyInAnyOrder("BE", "NL");
	}

	@Test
	void theMostAdoptedComeFirstWhenAskedWhetherBrowsingOrSearching() {
		search.index(adopted(practice("1", "Het herstelcafé van Gent", "Een **herstelcafé** waar mensen in herstel elkaar ontmoeten.", "BE", "nl",
				ActivityType.RECOVERY_CAFE, Aim.NEW_CONNECTIONS, Sector.HEALTH, List.of()), 2));
		search.index(adopted(practice("2", "Jaarlijkse herstelwandeling", "Een wandeling door de stad om herstel zichtbaar te maken.", "NL", "nl",
				ActivityType.RECOVERY_WALK, Aim.MAKE_RECOVERY_VISIBLE, Sector.CULTURE, List.of()), 1));
		SearchResults browsing = search.search(new SearchRequest("", Map.of(), 0, 10, SearchRequest.Order.ADOPTIONS));
		assertThat(ids(browsing)).as("most adopted first, then newest").containsExactly("1", "2", "3");
		assertThat(browsing.hits()).extracting(SearchResults.Hit::adoptions).containsExactly(2, 1, 0);
		assertThat(ids(search.search(request("")))).as("newest first by default").containsExactly("3", "2", "1");
		SearchResults page = search.search(new SearchRequest("", Map.of(), 1, 1, SearchRequest.Order.ADOPTIONS));
		assertThat(ids(page)).as("pages follow the order").containsExactly("2");
		assertThat(ids(search.search(new SearchRequest("herstel", Map.of(), 0, 10, SearchRequest.Order.ADOPTIONS))))
			.containsExactly("1", "2");
		assertThat(ids(search.search(new SearchRequest("herstel", Map.of(SearchRequest.COUNTRY, Set.of("NL")), 0, 10,
				SearchRequest.Order.ADOPTIONS)))).as("filters still apply").containsExactly("2");
		search.index(adopted(practice("1", "Het herstelcafé van Gent", "Een **herstelcafé** waar mensen in herstel elkaar ontmoeten.", "BE", "nl",
				ActivityType.RECOVERY_CAFE, Aim.NEW_CONNECTIONS, Sector.HEALTH, List.of()), 0));
		assertThat(ids(search.search(new SearchRequest("", Map.of(), 0, 10, SearchRequest.Order.ADOPTIONS))))
			.as("an adoption withdrawn: reindexed with the lower count").containsExactly("2", "3", "1");
	}

	/** The practice with {@code count} adopting cities. */
	static PublishedPractice adopted(PublishedPractice p, int count) {
		List<PublishedPractice.Adopter> adopters = new java.util.ArrayList<>();
		for (int i = 0; i < count; i++) {
			adopters.add(new PublishedPractice.Adopter("Adopter " + i, "adopter-" + i, "Adapted", null, Instant.EPOCH,
					null, null, null));
		}
		return new PublishedPractice(p.id(), p.cityId(), p.cityName(), p.citySlug(), p.country(), p.content(),
				p.stories(), p.images(), p.firstPublishedAt(), p.publishedAt(), adopters);
	}

	@Test
	void removedPracticesAreGoneAtOnceAndPagesAreSliced() {
		search.remove("1");
		assertThat(ids(search.search(request("herstelcafés")))).isEmpty();
		assertThat(search.size()).isEqualTo(2);
		search.remove("no-such-practice");
		SearchResults second = search.search(new SearchRequest("", Map.of(), 1, 1));
		assertThat(second.total()).isEqualTo(2);
		assertThat(second.hits()).hasSize(1);
		assertThat(second.pages()).isEqualTo(2);
	}

	@Test
	void aWithdrawnStoryIsUnfindableAsSoonAsThePracticeIsReindexed() {
		assertThat(ids(search.search(request("zebrafish")))).containsExactly("3");
		search.index(practice("3", "Employers who hire people in recovery", "Local employers offer apprenticeships.",
				"GB", "en", ActivityType.EMPLOYER_PROGRAMME, Aim.RECOVERY_IS_POSSIBLE, Sector.EMPLOYMENT, List.of()));
		assertThat(ids(search.search(request("zebrafish")))).isEmpty();
		assertThat(ids(search.search(request("employers")))).as("replaced, not duplicated").containsExactly("3");
		assertThat(search.size()).isEqualTo(3);
	}

	@Test
	void aCitysPracticesAreListedNewestFirstAndOnlyItsOwn() {
		search.index(new PublishedPractice("7", "city-1", "City 1", "city-1", "BE",
				practice("7", "Ervaringsdeskundigen in de bibliotheek", "Een <b>boekenclub</b>.", "BE", "nl",
						ActivityType.RECOVERY_CAFE, Aim.NEW_CONNECTIONS, Sector.CULTURE, List.of()).content(),
				List.of(), List.of(), Instant.EPOCH.plusSeconds(7), Instant.EPOCH.plusSeconds(7), List.of()));
		List<SearchResults.Hit> own = search.publishedBy("city-1");
		assertThat(own).extracting(SearchResults.Hit::id).as("newest first, no other city's").containsExactly("7", "1");
		assertThat(own.getFirst().title()).isEqualTo("Ervaringsdeskundigen in de bibliotheek");
		assertThat(own.getFirst().snippetHtml()).as("escaped, nothing marked").contains("&lt;b&gt;boekenclub")
			.doesNotContain("<b>").doesNotContain("<mark>");
		assertThat(search.publishedBy("city-3")).extracting(SearchResults.Hit::id).containsExactly("3");
		assertThat(search.publishedBy("no-such-city")).isEmpty();
		search.remove("7");
		assertThat(search.publishedBy("city-1")).extracting(SearchResults.Hit::id).containsExactly("1");
	}

	/** What people type (issue 12): plurals, missing or added accents, misspellings, in English as in Dutch. */
	void indexTheLibraryThatTravels() {
		search.index(practice("4", "Recovery café in the library",
				"Once a month the library hosts a cafe where people in recovery help each other with their resume.", "IE",
				"en", ActivityType.RECOVERY_CAFE, Aim.NEW_CONNECTIONS, Sector.CULTURE, List.of()));
		search.index(practice("5", "Ervaringsdeskundigen in de bibliotheek",
				"De coordinator van de bibliotheek nodigt elke week ervaringsdeskundigen uit.", "NL", "nl",
				ActivityType.MUTUAL_AID, Aim.NEW_CONNECTIONS, Sector.CULTURE, List.of()));
	}

	@Test
	void englishPluralsFindTheRecoveryCafeInBothLanguages() {
		indexTheLibraryThatTravels();
		assertThat(ids(search.search(request("cafes")))).as("the Dutch herstelcafé is a recovery café too")
			.containsExactlyInAnyOrder("1", "4");
		assertThat(ids(search.search(request("recovery cafes")))).containsExactlyInAnyOrder("1", "4");
		assertThat(ids(search.search(request("herstelcafés")))).as("and the English one a herstelcafé")
			.containsExactlyInAnyOrder("1", "4");
		assertThat(search.search(request("recovery cafes")).suggestion()).as("nothing to correct").isNull();
		assertThat(search.search(request("cafes")).suggestion()).as("a plural is no misspelling").isNull();
	}

	@Test
	void accentsAreFoldedInEnglishAsInDutch() {
		indexTheLibraryThatTravels();
		assertThat(ids(search.search(request("Recovery Cafe")))).as("typed without the accent written")
			.containsExactlyInAnyOrder("1", "4");
		assertThat(ids(search.search(request("résumés")))).as("typed with an accent not written").containsExactly("4");
		assertThat(ids(search.search(request("herstelcafe")))).containsExactlyInAnyOrder("1", "4");
		assertThat(ids(search.search(request("coördinator")))).containsExactly("5");
		assertThat(search.search(request("herstelcafe")).suggestion()).as("an accent is no misspelling").isNull();
	}

	@Test
	void misspelledWordsStillFindTheirPracticeAndTheCorrectSpellingIsSuggested() {
		indexTheLibraryThatTravels();
		SearchResults recovry = search.search(request("recovry cafes"));
		assertThat(ids(recovry)).containsExactlyInAnyOrder("1", "4");
		assertThat(recovry.suggestion()).isEqualTo("recovery cafes");
		assertThat(ids(search.search(request("recovry")))).contains("1", "3", "4");
		SearchResults libary = search.search(request("libary"));
		assertThat(ids(libary)).containsExactly("4");
		assertThat(libary.suggestion()).isEqualTo("library");
		SearchResults biblioteek = search.search(request("biblioteek"));
		assertThat(ids(biblioteek)).containsExactly("5");
		assertThat(biblioteek.suggestion()).isEqualTo("bibliotheek");
		SearchResults ervaring = search.search(request("ervaringsdeskundgen bibliotheek"));
		assertThat(ids(ervaring)).containsExactly("5");
		assertThat(ervaring.suggestion()).isEqualTo("ervaringsdeskundigen bibliotheek");
	}

	@Test
	void exactMatchesRankAboveFuzzyOnes() {
		indexTheLibraryThatTravels();
		search.index(practice("6", "Care homes that welcome people in recovery",
				"Care homes open their doors to recovery groups.", "GB", "en", ActivityType.MUTUAL_AID,
				Aim.NEW_CONNECTIONS, Sector.HEALTH, List.of()));
		List<String> cafe = ids(search.search(request("cafe")));
		assertThat(cafe).as("care is one letter from cafe").containsExactlyInAnyOrder("1", "4", "6");
		assertThat(cafe.getLast()).as("the fuzzy match comes last").isEqualTo("6");
		List<String> care = ids(search.search(request("care")));
		assertThat(care.getFirst()).isEqualTo("6");
	}

	@Test
	void nonsenseStillFindsNothingAndSuggestsNothing() {
		indexTheLibraryThatTravels();
		SearchResults nonsense = search.search(request("qwxzvbk"));
		assertThat(ids(nonsense)).isEmpty();
		assertThat(nonsense.suggestion()).isNull();
		assertThat(ids(search.search(request("library qwxzvbk")))).as("every word must match, if only fuzzily")
			.isEmpty();
		assertThat(search.search(request("")).suggestion()).isNull();
	}

	static long count(SearchResults results, String dimension, String value) {
		return results.facets()
			.stream()
			.filter(f -> f.dimension().equals(dimension))
			.flatMap(f -> f.values().stream())
			.filter(v -> v.value().equals(value))
			.mapToLong(SearchResults.FacetValue::count)
			.findFirst()
			.orElse(0);
	}

	static SearchRequest request(String query) {
		return new SearchRequest(query, Map.of(), 0, 10);
	}

	static List<String> ids(SearchResults results) {
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
