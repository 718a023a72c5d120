package org.inclusivecities.platform.practice;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.CityProfile;
import org.inclusivecities.platform.practice.search.OpenSearchNode;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The application with {@code platform.web.search.engine=opensearch} pointed at a real OpenSearch node: the
 * configuration selects the OpenSearch search, the index is rebuilt from MongoDB when empty, publishing and
 * consent withdrawal reach it at once, and the library page and API search through it.
 */
@PlatformIntegrationTest(properties = { "platform.web.search.engine=opensearch",
		"platform.web.search.opensearch.index=practices-app" })
@AutoConfigureMockMvc
class OpenSearchEngineIntegrationTest {

	static final OpenSearchNode node;

	static {
		try {
			node = OpenSearchNode.start();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	@DynamicPropertySource
	static void openSearch(DynamicPropertyRegistry registry) {
		registry.add("platform.web.search.opensearch.uris", node::uri);
	}

	@AfterAll
	static void stop() throws Exception {
		node.close();
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	Cities cities;

	@Autowired
	PracticeEditing editing;

	@Autowired
	PracticeModeration moderation;

	@Autowired
	PracticeSearch search;

	@Autowired
	PracticeIndexing indexing;

	@Test
	void theLibrarySearchesThroughOpenSearchWhenConfiguredTo() throws Exception {
		assertThat(search.getClass().getSimpleName()).isEqualTo("OpenSearchPracticeSearch");
		City city = cities.save(City.apply(new CityProfile("Mechelen", "BE", null, 1L, List.of("nl"), null, null),
				Instant.parse("2026-01-01T00:00:00Z")));
		String id = editing.create(city.getId(), PracticeTestContent.content("Wolkenkrabberwandeling"), "p1").getId();
		Story story = editing.addStory(city.getId(), id, "Mijn eerste stap", "De kwallenmarkt gaf me moed", "A. Person",
				LocalDate.of(2026, 1, 1), ConsentScope.ANONYMOUS, null, "p1");
		editing.submit(city.getId(), id);
		moderation.publish(id, "admin");

		assertThat(hits("wolkenkrabberwandelingen")).as("published, found by another Dutch word form")
			.containsExactly(id);
		assertThat(page("/practices?q=wolkenkrabberwandelingen")).contains("Wolkenkrabberwandeling");
		assertThat(page("/api/v1/practices?q=wolkenkrabberwandelingen")).contains(id);
		assertThat(hits("kwallenmarkt")).as("the story").containsExactly(id);

		editing.withdrawConsent(city.getId(), id, story.id());
		assertThat(hits("kwallenmarkt")).as("consent withdrawn: gone at once").isEmpty();

		search.rebuild(List.of());
		assertThat(search.size()).isZero();
		indexing.rebuildWhenEmpty();
		assertThat(hits("wolkenkrabberwandeling")).as("rebuilt from MongoDB").containsExactly(id);
		assertThat(hits("kwallenmarkt")).isEmpty();
	}

	private List<String> hits(String query) {
		return search.search(new SearchRequest(query, Map.of(), 0, 10)).hits().stream().map(SearchResults.Hit::id)
			.toList();
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
