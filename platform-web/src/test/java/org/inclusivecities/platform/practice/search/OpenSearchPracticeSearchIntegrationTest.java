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

}
