package org.inclusivecities.platform.practice.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.inclusivecities.platform.practice.SearchRequest;
import org.inclusivecities.platform.practice.SearchResults;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.SuggestMode;
import org.opensearch.client.opensearch._types.aggregations.Aggregate;
import org.opensearch.client.opensearch._types.aggregations.Aggregation;
import org.opensearch.client.opensearch._types.aggregations.StringTermsBucket;
import org.opensearch.client.opensearch._types.query_dsl.Operator;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch._types.query_dsl.SimpleQueryStringFlag;
import org.opensearch.client.opensearch._types.query_dsl.TextQueryType;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.Hit;
import org.opensearch.client.opensearch.core.search.HighlighterEncoder;
import org.opensearch.client.opensearch.core.search.Suggest;

import org.springframework.web.util.HtmlUtils;

/**
 * One search on OpenSearch, with the semantics of the Lucene one: the free text over English and Dutch fields
 * (every word must match, exactly or, weighing less, within a few edits: {@code fuzziness}, see {@link Spelling};
 * titles weigh most), misspelt words corrected by the term suggester for "did you mean", facet filters as a post filter (OR within a dimension, AND across),
 * facet counts as terms aggregations each filtered by the other dimensions only (so more values of one dimension
 * can be ticked), matches highlighted in the summary with everything else HTML-escaped.
 */
final class OpenSearchQuery {

	private static final int FACET_VALUES = 50;

	private static final int SNIPPET = 240;

	/** OpenSearch's default {@code index.max_result_window}. */
	private static final int MAX_WINDOW = 10_000;

	private static final List<String> TEXT_FIELDS = List.of("title.en^3", "title.nl^3", "summary.en^2",
			"summary.nl^2", "body.en", "body.nl", "activities.en^2", "activities.nl^2");

	private static final String SPELLING = "spelling";

	private final OpenSearchClient client;

	private final String index;

	OpenSearchQuery(OpenSearchClient client, String index) {
		this.client = client;
		this.index = index;
	}

	SearchResults run(SearchRequest request) throws IOException {
		boolean browsing = request.query().isBlank();
		Query text = browsing ? Query.of(q -> q.matchAll(m -> m)) : text(request.query());
		int first = request.page() * request.size();
		SearchResponse<IndexedPractice> response = client.search(s -> {
			s.index(index)
				.query(text)
				.postFilter(filters(request, null))
				.from(first)
				.size(request.size())
				.trackTotalHits(t -> t.enabled(true))
				.highlight(h -> h.preTags("<mark>")
					.postTags("</mark>")
					.encoder(HighlighterEncoder.Html)
					.fields("summary.nl", f -> f.numberOfFragments(1).fragmentSize(SNIPPET))
					.fields("summary.en", f -> f.numberOfFragments(1).fragmentSize(SNIPPET)));
			if (request.order() == SearchRequest.Order.ADOPTIONS) {
				s.sort(o -> o.field(f -> f.field("adoptions").order(SortOrder.Desc)));
				s.trackScores(true);
			}
			if (browsing) {
				s.sort(o -> o.field(f -> f.field("published").order(SortOrder.Desc)));
			}
			else {
				if (request.order() == SearchRequest.Order.ADOPTIONS) {
					s.sort(o -> o.score(c -> c.order(SortOrder.Desc)));
				}
				s.suggest(g -> g.text(request.query())
					.suggesters(SPELLING, f -> f.term(t -> t.field("spell").size(1).suggestMode(SuggestMode.Missing))));
			}
			for (String dimension : SearchRequest.DIMENSIONS) {
				s.aggregations(dimension, facet(request, dimension));
			}
			return s;
		}, IndexedPractice.class);
		if (response.hits().total() == null) {
			throw new IllegalStateException("OpenSearch did not count the hits");
		}
		long total = response.hits().total().value();
		List<SearchResults.Hit> hits = response.hits().hits().stream().map(OpenSearchQuery::hit).toList();
		List<SearchResults.Facet> facets = new ArrayList<>();
		for (String dimension : SearchRequest.DIMENSIONS) {
			facets.add(counts(dimension, response.aggregations().get(dimension), request.selected(dimension)));
		}
		return new SearchResults(total, request.page(), request.size(), hits, facets,
				browsing ? null : suggestion(request.query(), response));
	}

	/** Every word matches exactly (other word forms count) or, weighing a fifth, within its allowed edits. */
	private static Query text(String words) {
		Query exact = exact(words);
		List<Query> fuzzy = new ArrayList<>();
		for (String word : words.split("\\s+")) {
			if (Spelling.searchable(word)) {
				fuzzy.add(Query.of(q -> q.multiMatch(m -> m.query(word)
					.fields(TEXT_FIELDS)
					.type(TextQueryType.MostFields)
					.operator(Operator.And)
					.fuzziness(Spelling.FUZZINESS))));
			}
		}
		if (fuzzy.isEmpty()) {
			return exact;
		}
		return Query.of(q -> q.bool(b -> b.should(exact)
			.should(s -> s.bool(f -> f.must(fuzzy).boost(Spelling.FUZZY_WEIGHT)))
			.minimumShouldMatch("1")));
	}

	private static Query exact(String words) {
		return Query.of(q -> q.simpleQueryString(s -> s.query(words)
			.fields(TEXT_FIELDS)
			.defaultOperator(Operator.And)
			.flags(f -> f.single(SimpleQueryStringFlag.Whitespace))));
	}

	/** "Did you mean": the term suggester's words closest to those that match nothing exactly. */
	private String suggestion(String query, SearchResponse<IndexedPractice> response) throws IOException {
		Map<String, String> closest = new HashMap<>();
		for (Suggest<IndexedPractice> suggest : response.suggest().getOrDefault(SPELLING, List.of())) {
			if (suggest.isTerm() && !suggest.term().options().isEmpty()) {
				closest.put(suggest.term().text(), suggest.term().options().getFirst().text());
			}
		}
		if (closest.isEmpty()) {
			return null;
		}
		return Spelling.suggest(query, new Spelling.Words() {
			@Override
			public String closest(String word) {
				return closest.get(word);
			}

			@Override
			public boolean matches(String word) throws IOException {
				return client.count(c -> c.index(index).query(exact(word))).count() > 0;
			}
		});
	}

	/** The city's practices, newest first (at most the index's result window, 10,000); snippet = escaped summary. */
	List<SearchResults.Hit> publishedBy(String cityId) throws IOException {
		SearchResponse<IndexedPractice> response = client.search(s -> s.index(index)
			.query(q -> q.term(t -> t.field("cityId").value(FieldValue.of(cityId))))
			.sort(o -> o.field(f -> f.field("published").order(SortOrder.Desc)))
			.size(MAX_WINDOW), IndexedPractice.class);
		return response.hits().hits().stream().map(OpenSearchQuery::hit).toList();
	}

	/**
	 * Practices like the indexed one: OpenSearch's {@code more_like_this} query with the stored document as its
	 * "like", over the English and Dutch sub-fields of title, summary and body (the document itself is left out by
	 * the query, {@code include} false). Every term counts from its first occurrence, as with Lucene.
	 */
	List<SearchResults.Hit> similar(String practiceId, int limit) throws IOException {
		SearchResponse<IndexedPractice> response = client.search(s -> s.index(index)
			.query(q -> q.moreLikeThis(m -> m
				.fields("title.en", "title.nl", "summary.en", "summary.nl", "body.en", "body.nl")
				.like(l -> l.document(d -> d.index(index).id(practiceId)))
				.minTermFreq(1)
				.minDocFreq(1)
				.maxQueryTerms(25)))
			.size(limit), IndexedPractice.class);
		return response.hits().hits().stream().map(OpenSearchQuery::hit).toList();
	}

	/** The selected facet values of every dimension but {@code except}: AND across dimensions, OR within one. */
	private static Query filters(SearchRequest request, String except) {
		List<Query> clauses = new ArrayList<>();
		for (String dimension : SearchRequest.DIMENSIONS) {
			Set<String> selected = request.selected(dimension);
			if (!dimension.equals(except) && !selected.isEmpty()) {
				List<FieldValue> values = selected.stream().map(FieldValue::of).toList();
				clauses.add(Query.of(q -> q.terms(t -> t.field(dimension).terms(v -> v.value(values)))));
			}
		}
		return Query.of(q -> q.bool(b -> b.filter(clauses)));
	}

	private static Aggregation facet(SearchRequest request, String dimension) {
		return Aggregation.of(a -> a.filter(filters(request, dimension))
			.aggregations("values", v -> v.terms(t -> t.field(dimension).size(FACET_VALUES))));
	}

	private static SearchResults.Facet counts(String dimension, Aggregate aggregate, Set<String> selected) {
		List<SearchResults.FacetValue> values = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (StringTermsBucket bucket : aggregate.filter().aggregations().get("values").sterms().buckets().array()) {
			values.add(new SearchResults.FacetValue(bucket.key(), bucket.docCount(), selected.contains(bucket.key())));
			seen.add(bucket.key());
		}
		selected.stream()
			.filter(value -> !seen.contains(value))
			.forEach(value -> values.add(new SearchResults.FacetValue(value, 0, true)));
		return new SearchResults.Facet(dimension, values);
	}

	private static SearchResults.Hit hit(Hit<IndexedPractice> hit) {
		IndexedPractice practice = hit.source();
		return new SearchResults.Hit(practice.id(), practice.title(), practice.city(), practice.country(),
				snippet(hit.highlight(), practice.summary()), hit.score() == null ? Float.NaN : hit.score().floatValue(),
				practice.adoptions(), practice.language());
	}

	private static String snippet(Map<String, List<String>> highlight, String summary) {
		for (String field : List.of("summary.nl", "summary.en")) {
			List<String> fragments = highlight.get(field);
			if (fragments != null && !fragments.isEmpty()) {
				return fragments.getFirst();
			}
		}
		if (summary == null) {
			return "";
		}
		return HtmlUtils.htmlEscape(summary.length() > SNIPPET ? summary.substring(0, SNIPPET) + "…" : summary);
	}

}
