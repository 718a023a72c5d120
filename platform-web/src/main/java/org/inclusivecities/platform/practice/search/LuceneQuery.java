package org.inclusivecities.platform.practice.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleFragmenter;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.inclusivecities.platform.practice.SearchRequest;
import org.inclusivecities.platform.practice.SearchResults;

/**
 * One search: the free text parsed over English and Dutch fields (titles weigh most), each word matched exactly or,
 * weighing less, within a few edits ({@link FuzzyQuery}, see {@link Spelling}); misspelt words corrected by
 * {@link DirectSpellChecker} for "did you mean"; facet filters as a drill-down, facet counts drill-sideways (a dimension's counts ignore its own selection, so more values can be
 * ticked), matches highlighted in the summary.
 */
final class LuceneQuery {

	private static final int FACET_VALUES = 50;

	private static final SortField NEWEST = new SortField(LucenePracticeSearch.PUBLISHED, SortField.Type.LONG, true);

	private static final SortField MOST_ADOPTED = new SortField(LucenePracticeSearch.ADOPTIONS, SortField.Type.LONG,
			true);

	private static final Sort NEWEST_FIRST = new Sort(NEWEST);

	private final SearcherManager searchers;

	private final FacetsConfig facets;

	private final Analyzer analyzer;

	LuceneQuery(SearcherManager searchers, FacetsConfig facets, Analyzer analyzer) {
		this.searchers = searchers;
		this.facets = facets;
		this.analyzer = analyzer;
	}

	/**
	 * Runs the search. With the {@code known} total and facet counts of the same query and filters (another page of
	 * it, same index generation) only the page's hits are collected: the facets are not counted again.
	 */
	SearchResults run(SearchRequest request, SearchResultCache.Counts known) throws IOException {
		IndexSearcher searcher = searchers.acquire();
		try {
			if (searcher.getIndexReader().numDocs() == 0) {
				return new SearchResults(0, request.page(), request.size(), List.of(), List.of());
			}
			Query text = parse(request.query());
			String suggestion = suggestion(searcher, request.query());
			DrillDownQuery query = new DrillDownQuery(facets, text);
			for (String dimension : SearchRequest.DIMENSIONS) {
				request.selected(dimension).forEach(value -> query.add(dimension, value));
			}
			int first = request.page() * request.size();
			int wanted = first + request.size();
			// relevance for a text query, newest first when browsing; the most adopted first when asked
			Sort sort = sort(request);
			if (known != null) {
				TopDocs top = sort == null ? searcher.search(query, wanted) : searcher.search(query, wanted, sort);
				return new SearchResults(known.total(), request.page(), request.size(),
						hits(searcher, top.scoreDocs, first, text), known.facets(), suggestion);
			}
			var state = new DefaultSortedSetDocValuesReaderState(searcher.getIndexReader(), facets);
			DrillSideways sideways = new DrillSideways(searcher, facets, state);
			DrillSideways.DrillSidewaysResult result = sort == null ? sideways.search(query, wanted)
					: sideways.search(query, null, null, wanted, sort, sort.needsScores());
			List<SearchResults.Facet> counts = new ArrayList<>();
			for (String dimension : SearchRequest.DIMENSIONS) {
				counts.add(facet(dimension, result, request.selected(dimension)));
			}
			return new SearchResults(result.hits.totalHits.value(), request.page(), request.size(),
					hits(searcher, result.hits.scoreDocs, first, text), counts, suggestion);
		}
		finally {
			searchers.release(searcher);
		}
	}

	/** Null for relevance (a text query's best matches first). */
	private static Sort sort(SearchRequest request) {
		boolean browsing = request.query().isBlank();
		if (request.order() == SearchRequest.Order.ADOPTIONS) {
			return browsing ? new Sort(MOST_ADOPTED, NEWEST) : new Sort(MOST_ADOPTED, SortField.FIELD_SCORE);
		}
		return browsing ? NEWEST_FIRST : null;
	}

	private List<SearchResults.Hit> hits(IndexSearcher searcher, ScoreDoc[] docs, int first, Query text)
			throws IOException {
		List<SearchResults.Hit> hits = new ArrayList<>();
		for (int i = first; i < docs.length; i++) {
			hits.add(hit(searcher, docs[i], text));
		}
		return hits;
	}

	/** The city's practices, newest first; the snippet is the escaped summary. */
	List<SearchResults.Hit> publishedBy(String cityId) throws IOException {
		IndexSearcher searcher = searchers.acquire();
		try {
			Query query = new TermQuery(new Term(LucenePracticeSearch.CITY_ID, cityId));
			int count = searcher.count(query);
			if (count == 0) {
				return List.of();
			}
			TopDocs top = searcher.search(query, count, NEWEST_FIRST);
			List<SearchResults.Hit> hits = new ArrayList<>(count);
			for (ScoreDoc doc : top.scoreDocs) {
				hits.add(hit(searcher, doc, null));
			}
			return hits;
		}
		finally {
			searchers.release(searcher);
		}
	}

	/**
	 * Practices like the given text, the practice itself left out: one {@link MoreLikeThis} query per language's body
	 * field (which holds title, summary and full text), either may match. The library is small, so every term counts
	 * from its first occurrence ({@code minTermFreq} and {@code minDocFreq} 1).
	 */
	List<SearchResults.Hit> similar(String practiceId, String text, int limit) throws IOException {
		IndexSearcher searcher = searchers.acquire();
		try {
			if (searcher.getIndexReader().numDocs() < 2) {
				return List.of();
			}
			BooleanQuery.Builder query = new BooleanQuery.Builder();
			for (String language : List.of(Analyzers.EN, Analyzers.NL)) {
				MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
				mlt.setAnalyzer(analyzer);
				mlt.setFieldNames(new String[] { "body" + language });
				mlt.setMinTermFreq(1);
				mlt.setMinDocFreq(1);
				mlt.setMaxQueryTerms(25);
				query.add(mlt.like("body" + language, new StringReader(text)), BooleanClause.Occur.SHOULD);
			}
			query.add(new TermQuery(new Term(LucenePracticeSearch.ID, practiceId)), BooleanClause.Occur.MUST_NOT);
			query.setMinimumNumberShouldMatch(1);
			TopDocs top = searcher.search(query.build(), limit);
			List<SearchResults.Hit> hits = new ArrayList<>();
			for (ScoreDoc doc : top.scoreDocs) {
				hits.add(hit(searcher, doc, null));
			}
			return hits;
		}
		finally {
			searchers.release(searcher);
		}
	}

	/** A hit with the summary as snippet, its matches of {@code highlighted} (may be null) marked. */
	private SearchResults.Hit hit(IndexSearcher searcher, ScoreDoc scored, Query highlighted) throws IOException {
		Document doc = searcher.storedFields().document(scored.doc);
		var adoptions = doc.getField(LucenePracticeSearch.ADOPTIONS);
		return new SearchResults.Hit(doc.get(LucenePracticeSearch.ID), doc.get("title"), doc.get("city"),
				doc.get("country"), snippet(highlighted, doc.get("summary")), scored.score,
				adoptions == null ? 0 : adoptions.numericValue().intValue(),
				java.util.List.of(doc.getValues(LucenePracticeSearch.LANGUAGES)));
	}

	private SearchResults.Facet facet(String dimension, DrillSideways.DrillSidewaysResult result, Set<String> selected)
			throws IOException {
		List<SearchResults.FacetValue> values = new ArrayList<>();
		FacetResult counts = null;
		try {
			counts = result.facets.getTopChildren(FACET_VALUES, dimension);
		}
		catch (IllegalArgumentException ex) {
			// no document has a value in this dimension yet
		}
		Set<String> seen = new java.util.HashSet<>();
		if (counts != null) {
			for (LabelAndValue value : counts.labelValues) {
				values.add(new SearchResults.FacetValue(value.label, value.value.longValue(),
						selected.contains(value.label)));
				seen.add(value.label);
			}
		}
		selected.stream()
			.filter(value -> !seen.contains(value))
			.forEach(value -> values.add(new SearchResults.FacetValue(value, 0, true)));
		return new SearchResults.Facet(dimension, values);
	}

	/** Every word matches exactly (other word forms count) or, weighing less, within its allowed edits. */
	private Query parse(String text) {
		if (text.isBlank()) {
			return new MatchAllDocsQuery();
		}
		Query exact = exact(text);
		Query fuzzy = fuzzy(text);
		if (fuzzy == null) {
			return exact;
		}
		return new BooleanQuery.Builder().add(exact, BooleanClause.Occur.SHOULD)
			.add(new BoostQuery(fuzzy, Spelling.FUZZY_WEIGHT), BooleanClause.Occur.SHOULD)
			.build();
	}

	private Query exact(String text) {
		Map<String, Float> boosts = boosts();
		MultiFieldQueryParser parser = new MultiFieldQueryParser(boosts.keySet().toArray(String[]::new), analyzer,
				boosts);
		parser.setDefaultOperator(QueryParser.Operator.AND);
		try {
			return parser.parse(QueryParser.escape(text));
		}
		catch (ParseException ex) {
			return new MatchAllDocsQuery();
		}
	}

	/**
	 * Every word, analysed per field, within {@link Spelling#maxEdits} of an indexed term in some field; null when
	 * no word leaves a term (stop words only).
	 */
	private Query fuzzy(String text) {
		BooleanQuery.Builder everyWord = new BooleanQuery.Builder();
		boolean any = false;
		for (String word : text.strip().split("\\s+")) {
			BooleanQuery.Builder someField = new BooleanQuery.Builder();
			boolean analysed = false;
			for (Map.Entry<String, Float> field : boosts().entrySet()) {
				List<String> terms = terms(field.getKey(), word);
				if (!terms.isEmpty()) {
					BooleanQuery.Builder everyTerm = new BooleanQuery.Builder();
					terms.forEach(term -> everyTerm.add(
							new FuzzyQuery(new Term(field.getKey(), term), Spelling.maxEdits(term)),
							BooleanClause.Occur.MUST));
					someField.add(new BoostQuery(everyTerm.build(), field.getValue()), BooleanClause.Occur.SHOULD);
					analysed = true;
				}
			}
			if (analysed) {
				everyWord.add(someField.build(), BooleanClause.Occur.MUST);
				any = true;
			}
		}
		return any ? everyWord.build() : null;
	}

	/** The searched fields in both languages, with their weights: titles most, then summaries and activities. */
	private static Map<String, Float> boosts() {
		Map<String, Float> boosts = new LinkedHashMap<>();
		for (String field : LucenePracticeSearch.TEXT_FIELDS) {
			for (String language : List.of(Analyzers.EN, Analyzers.NL)) {
				boosts.put(field + language, switch (field) {
					case "title" -> 3f;
					case "summary", LucenePracticeSearch.ACTIVITIES -> 2f;
					default -> 1f;
				});
			}
		}
		return boosts;
	}

	private List<String> terms(String field, String text) {
		List<String> terms = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream(field, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return terms;
	}

	/** "Did you mean": the words of the spell field closest to those that match nothing exactly. */
	private String suggestion(IndexSearcher searcher, String text) throws IOException {
		DirectSpellChecker checker = new DirectSpellChecker();
		return Spelling.suggest(text, new Spelling.Words() {
			@Override
			public String closest(String word) throws IOException {
				if (!terms(Analyzers.SPELL, word).equals(List.of(word))) {
					return null;
				}
				SuggestWord[] words = checker.suggestSimilar(new Term(Analyzers.SPELL, word), 1,
						searcher.getIndexReader(), SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
				return words.length == 0 ? null : words[0].string;
			}

			@Override
			public boolean matches(String word) throws IOException {
				return searcher.count(exact(word)) > 0;
			}
		});
	}

	private String snippet(Query query, String summary) {
		SimpleHTMLEncoder encoder = new SimpleHTMLEncoder();
		if (summary == null) {
			return "";
		}
		if (query != null && !(query instanceof MatchAllDocsQuery)) {
			for (String field : List.of("summary" + Analyzers.NL, "summary" + Analyzers.EN)) {
				Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), encoder,
						new QueryScorer(query, field));
				highlighter.setTextFragmenter(new SimpleFragmenter(240));
				try {
					String fragment = highlighter.getBestFragment(analyzer, field, summary);
					if (fragment != null) {
						return fragment;
					}
				}
				catch (IOException | InvalidTokenOffsetsException ex) {
					break;
				}
			}
		}
		return encoder.encodeText(summary.length() > 240 ? summary.substring(0, 240) + "…" : summary);
	}

}
