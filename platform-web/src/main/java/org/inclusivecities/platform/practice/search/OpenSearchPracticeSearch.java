package org.inclusivecities.platform.practice.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.inclusivecities.platform.practice.PracticeSearch;
import org.opensearch.client.json.JsonData;
import org.inclusivecities.platform.practice.PublishedPractice;
import org.inclusivecities.platform.practice.RichText;
import org.inclusivecities.platform.practice.SearchRequest;
import org.inclusivecities.platform.practice.SearchResults;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.Conflicts;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.Refresh;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The library's search on an OpenSearch (or API-compatible) cluster, for when one machine is not enough: every
 * instance shares one index. The index is created with English and Dutch analyzers that mirror the embedded
 * Lucene ones ({@code opensearch/practice-index.json}); every change is refreshed before the call returns, so it is
 * visible to the next search (a withdrawn story is gone at once).
 */
@Component
@ConditionalOnProperty(prefix = "platform.web.search", name = "engine", havingValue = "opensearch")
class OpenSearchPracticeSearch implements PracticeSearch {

	private static final int BULK = 500;

	/**
	 * The layout of the documents, kept in the index mapping's {@code _meta.schema}; 2: the city's id is indexed; 3:
	 * English folds accents, the names of the activities are searchable, the words as written feed the suggester; 4:
	 * the number of adoptions, sortable.
	 */
	static final int SCHEMA = 4;

	private final OpenSearchClient client;

	private final String index;

	private final RichText richText;

	OpenSearchPracticeSearch(OpenSearchClient client, OpenSearchProperties properties, RichText richText) {
		this.client = client;
		this.index = properties.index();
		this.richText = richText;
		call(() -> {
			if (!client.indices().exists(e -> e.index(index)).value()) {
				createIndex();
			}
			else if (schema() != SCHEMA) {
				upgrade();
			}
			return null;
		});
	}

	@Override
	public void index(PublishedPractice practice) {
		IndexedPractice document = IndexedPractice.of(practice, richText);
		call(() -> client.index(i -> i.index(index).id(document.id()).document(document).refresh(Refresh.True)));
	}

	@Override
	public void remove(String practiceId) {
		call(() -> {
			try {
				return client.delete(d -> d.index(index).id(practiceId).refresh(Refresh.True));
			}
			catch (OpenSearchException ex) {
				if (ex.status() == 404) {
					return null;
				}
				throw ex;
			}
		});
	}

	@Override
	public void rebuild(Iterable<PublishedPractice> practices) {
		call(() -> {
			// emptied rather than dropped: another instance rebuilding or indexing at the same moment never finds
			// the index missing (which would let OpenSearch auto-create it without our analyzers)
			if (client.indices().exists(e -> e.index(index)).value()) {
				client.deleteByQuery(d -> d.index(index)
					.query(q -> q.matchAll(m -> m))
					.refresh(Refresh.True)
					.conflicts(Conflicts.Proceed));
			}
			else {
				createIndex();
			}
			List<BulkOperation> batch = new ArrayList<>();
			for (PublishedPractice practice : practices) {
				IndexedPractice document = IndexedPractice.of(practice, richText);
				batch.add(BulkOperation.of(b -> b.index(i -> i.index(index).id(document.id()).document(document))));
				if (batch.size() == BULK) {
					bulk(batch);
				}
			}
			bulk(batch);
			return client.indices().refresh(r -> r.index(index));
		});
	}

	@Override
	public SearchResults search(SearchRequest request) {
		return call(() -> new OpenSearchQuery(client, index).run(request));
	}

	@Override
	public List<SearchResults.Hit> publishedBy(String cityId) {
		return call(() -> new OpenSearchQuery(client, index).publishedBy(cityId));
	}

	@Override
	public List<SearchResults.Hit> similar(PublishedPractice practice, int limit) {
		return call(() -> new OpenSearchQuery(client, index).similar(practice.id(), limit));
	}

	@Override
	public long size() {
		return call(() -> client.count(c -> c.index(index)).count());
	}

	private void bulk(List<BulkOperation> batch) throws IOException {
		if (batch.isEmpty()) {
			return;
		}
		var response = client.bulk(b -> b.operations(List.copyOf(batch)));
		batch.clear();
		if (response.errors()) {
			throw new IllegalStateException("OpenSearch refused part of a bulk index request");
		}
	}

	private int schema() throws IOException {
		var mapping = client.indices().getMapping(m -> m.index(index)).result().get(index);
		JsonData schema = mapping == null ? null : mapping.mappings().meta().get("schema");
		return schema == null ? 1 : schema.to(Integer.class);
	}

	/**
	 * An index written by an older version: it is closed to take the analyzers of {@code opensearch/practice-index.json}
	 * (an open index cannot change them), opened again, given the new fields and emptied (not dropped, see
	 * {@link #rebuild}), so the start-up rebuild fills it again from MongoDB.
	 */
	private void upgrade() throws IOException {
		JsonNode definition = JsonMapper.builder().build().readTree(definition());
		send("POST", "/" + index + "/_close", null);
		send("PUT", "/" + index + "/_settings", "{\"analysis\":" + definition.get("settings").get("analysis") + "}");
		send("POST", "/" + index + "/_open", null);
		send("PUT", "/" + index + "/_mapping", definition.get("mappings").toString());
		client.deleteByQuery(d -> d.index(index).query(q -> q.matchAll(m -> m)).refresh(Refresh.True)
			.conflicts(Conflicts.Proceed));
	}

	/** Creates the index with its analyzers and mapping, as written in {@code opensearch/practice-index.json}. */
	private void createIndex() throws IOException {
		send("PUT", "/" + index, definition());
	}

	private static String definition() throws IOException {
		try (InputStream in = new ClassPathResource("opensearch/practice-index.json").getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private void send(String method, String endpoint, String json) throws IOException {
		var request = Requests.builder().endpoint(endpoint).method(method);
		if (json != null) {
			request.json(json);
		}
		try (Response response = client.generic().execute(request.build())) {
			if (response.getStatus() != 200) {
				throw new IllegalStateException("OpenSearch refused " + method + " " + endpoint + ": "
						+ response.getStatus() + " " + response.getBody().map(Body::bodyAsString).orElse(""));
			}
		}
	}

	private static <T> T call(IoCall<T> call) {
		try {
			return call.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private interface IoCall<T> {

		T run() throws IOException;

	}

}
