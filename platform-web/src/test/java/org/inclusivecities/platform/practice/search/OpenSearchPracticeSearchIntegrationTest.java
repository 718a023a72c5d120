package org.inclusivecities.platform.practice.search;

import java.net.URI;
import java.util.List;

import org.inclusivecities.platform.practice.PracticeSearch;
import org.inclusivecities.platform.practice.RichText;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.transport.OpenSearchTransport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenSearch search against the shared {@link PracticeSearchContract}, on a real OpenSearch 3.8 node started
 * for this class in its own JVM ({@link OpenSearchNode}): same assertions as the embedded Lucene search.
 */
class OpenSearchPracticeSearchIntegrationTest extends PracticeSearchContract {

	static OpenSearchNode node;

	static OpenSearchTransport transport;

	static OpenSearchClient client;

	static final OpenSearchProperties properties = new OpenSearchProperties(List.of(), "practices-contract");

	@BeforeAll
	static void startNode() throws Exception {
		node = OpenSearchNode.start();
		transport = new OpenSearchConfiguration()
			.openSearchTransport(new OpenSearchProperties(List.of(URI.create(node.uri())), properties.index()));
		client = new OpenSearchClient(transport);
	}

	@AfterAll
	static void stopNode() throws Exception {
		if (transport != null) {
			transport.close();
		}
		if (node != null) {
			node.close();
		}
	}

	@Override
	PracticeSearch search() {
		return new OpenSearchPracticeSearch(client, properties, new RichText());
	}

	@Test
	void theIndexUsesTheConfiguredNameAndSurvivesANewClientInstance() {
		assertThat(new OpenSearchPracticeSearch(client, properties, new RichText()).size())
			.as("an existing index is kept, not recreated").isEqualTo(3);
		assertThat(ids(search().search(request("herstelwandelingen")))).containsExactly("2");
	}

	@Test
	void anIndexOfAnOlderLayoutGetsTheNewFieldsAndAnalyzersAndIsEmptiedSoThatItIsRebuilt() throws Exception {
		String old = "practices-schema-1";
		String definition;
		// version 1: the analyzers of version 2 (English without accent folding), no city id, no layout
		try (var in = getClass().getResourceAsStream("/opensearch/practice-index-schema-2.json")) {
			definition = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
				.replace("\"_meta\": { \"schema\": 2 },", "")
				.replace("\"cityId\": { \"type\": \"keyword\" },", "");
		}
		assertThat(definition).doesNotContain("cityId").doesNotContain("_meta");
		try (var response = client.generic()
			.execute(org.opensearch.client.opensearch.generic.Requests.builder()
				.endpoint("/" + old)
				.method("PUT")
				.json(definition)
				.build())) {
			assertThat(response.getStatus()).isEqualTo(200);
		}
		client.index(i -> i.index(old).id("9").document(java.util.Map.of("id", "9", "title", "Oud"))
			.refresh(org.opensearch.client.opensearch._types.Refresh.True));
		PracticeSearch upgraded = new OpenSearchPracticeSearch(client, new OpenSearchProperties(List.of(), old),
				new RichText());
		assertThat(upgraded.size()).as("emptied, so PracticeIndexing rebuilds it at start").isZero();
		upgraded.index(practice("9", "Herstelfietstocht", "Een fietstocht.", "NL", "nl",
				org.inclusivecities.platform.plan.ActivityType.BIKE_RIDE,
				org.inclusivecities.platform.plan.Aim.CELEBRATE_RECOVERY,
				org.inclusivecities.platform.plan.Sector.CULTURE, List.of()));
		assertThat(upgraded.publishedBy("city-9")).extracting(org.inclusivecities.platform.practice.SearchResults.Hit::id)
			.containsExactly("9");
		upgraded.index(practice("4", "Recovery café in the library", "Once a month the library hosts a cafe.", "IE",
				"en", org.inclusivecities.platform.plan.ActivityType.RECOVERY_CAFE,
				org.inclusivecities.platform.plan.Aim.NEW_CONNECTIONS,
				org.inclusivecities.platform.plan.Sector.CULTURE, List.of()));
		assertThat(ids(upgraded.search(request("recovery cafes")))).as("English folds accents now").containsExactly("4");
		assertThat(upgraded.search(request("libary")).suggestion()).as("the new spell field").isEqualTo("library");
		assertThat(new OpenSearchPracticeSearch(client, new OpenSearchProperties(List.of(), old), new RichText()).size())
			.as("an index of the current layout is kept").isEqualTo(2);
	}

}
