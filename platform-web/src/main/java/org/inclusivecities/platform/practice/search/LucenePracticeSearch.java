package org.inclusivecities.platform.practice.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.inclusivecities.platform.database.StorageProperties;
import org.inclusivecities.platform.practice.PracticeContent;
import org.inclusivecities.platform.practice.PracticeSearch;
import org.inclusivecities.platform.practice.PublishedPractice;
import org.inclusivecities.platform.practice.RichText;
import org.inclusivecities.platform.practice.SearchProperties;
import org.inclusivecities.platform.practice.SearchRequest;
import org.inclusivecities.platform.practice.SearchResults;
import org.inclusivecities.platform.practice.Story;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The library's search, embedded Lucene: an in-memory index, or one on disk under {@code platform.data-dir}.
 * Every change is committed and made searchable before the call returns.
 */
@Component
@ConditionalOnProperty(prefix = "platform.web.search", name = "engine", havingValue = "lucene", matchIfMissing = true)
class LucenePracticeSearch implements PracticeSearch, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(LucenePracticeSearch.class);

	static final String ID = "id";

	static final String PUBLISHED = "published";

	static final String CITY_ID = "cityId";

	/** How many cities adopted the practice (active adoptions): stored, and sortable as doc values. */
	static final String ADOPTIONS = "adoptions";

	/** Commit data naming the layout of the documents; an index of another layout is emptied and rebuilt. */
	static final String SCHEMA_KEY = "schema";

	/**
	 * 2: the city's id is indexed (its profile lists its practices from the index); 3: English folds accents, the
	 * names of the activities are searchable and the words as written feed the spell checker; 4: the number of
	 * adoptions is stored and sortable; 5: the practice's languages are stored (the {@code lang} of a hit).
	 */
	static final String SCHEMA = "5";

	/** The stored languages of the practice, in its author's order (the facet does not keep the order). */
	static final String LANGUAGES = "languages";

	/** The names of the practice's kinds of activity in every language ({@link ActivityNames}). */
	static final String ACTIVITIES = "activities";

	static final String[] TEXT_FIELDS = { "title", "summary", "body", ACTIVITIES };

	private final Directory directory;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	private final FacetsConfig facets = new FacetsConfig();

	private final Analyzer analyzer = Analyzers.perField(TEXT_FIELDS);

	private final RichText richText;

	private final SearchResultCache cache = new SearchResultCache();

	LucenePracticeSearch(SearchProperties properties, StorageProperties storage, RichText richText) throws IOException {
		this.richText = richText;
		if (properties.indexDir() == null) {
			this.directory = new ByteBuffersDirectory();
		}
		else {
			Path folder = storage.dataDir().resolve(properties.indexDir());
			java.nio.file.Files.createDirectories(folder);
			this.directory = FSDirectory.open(folder);
		}
		boolean existed = DirectoryReader.indexExists(directory);
		this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
		if (existed && !SCHEMA.equals(schemaOf(writer))) {
			// written by an older version: emptied, so the start-up rebuild fills it again from MongoDB
			log.info("Search index of an older layout found; it is emptied and rebuilt from the database");
			writer.deleteAll();
		}
		this.writer.setLiveCommitData(Map.of(SCHEMA_KEY, SCHEMA).entrySet());
		this.writer.commit();
		this.searchers = new SearcherManager(writer, null);
		SearchRequest.DIMENSIONS.forEach(dimension -> facets.setMultiValued(dimension, true));
	}

	@Override
	public synchronized void index(PublishedPractice practice) {
		try {
			writer.updateDocument(new Term(ID, practice.id()), facets.build(document(practice)));
			publish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public synchronized void remove(String practiceId) {
		try {
			writer.deleteDocuments(new Term(ID, practiceId));
			publish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public synchronized void rebuild(Iterable<PublishedPractice> practices) {
		try {
			writer.deleteAll();
			for (PublishedPractice practice : practices) {
				writer.addDocument(facets.build(document(practice)));
			}
			publish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public SearchResults search(SearchRequest request) {
		return cache.get(request, this::run);
	}

	private SearchResults run(SearchRequest request, SearchResultCache.Counts known) {
		try {
			return new LuceneQuery(searchers, facets, analyzer).run(request, known);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public List<SearchResults.Hit> publishedBy(String cityId) {
		try {
			return new LuceneQuery(searchers, facets, analyzer).publishedBy(cityId);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public List<SearchResults.Hit> similar(PublishedPractice practice, int limit) {
		try {
			return new LuceneQuery(searchers, facets, analyzer).similar(practice.id(), text(practice), limit);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The practice's indexed text: title, plain summary, full text and its stories with consent in force. */
	private String text(PublishedPractice practice) {
		PracticeContent content = practice.content();
		List<String> text = new ArrayList<>();
		text.add(content.title());
		text.add(richText.plain(content.summary()));
		text.add(richText.plain(content.fullText()));
		for (Story story : practice.stories()) {
			text.add(story.title());
			text.add(richText.plain(story.text()));
		}
		return String.join("\n", text);
	}

	private static String schemaOf(IndexWriter writer) {
		Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
		if (data != null) {
			for (Map.Entry<String, String> entry : data) {
				if (SCHEMA_KEY.equals(entry.getKey())) {
					return entry.getValue();
				}
			}
		}
		return null;
	}

	@Override
	public long size() {
		try {
			var searcher = searchers.acquire();
			try {
				return searcher.getIndexReader().numDocs();
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void publish() throws IOException {
		writer.commit();
		searchers.maybeRefreshBlocking();
		cache.changed();
	}

	private Document document(PublishedPractice practice) {
		PracticeContent content = practice.content();
		String summary = richText.plain(content.summary());
		List<String> body = new ArrayList<>();
		body.add(richText.plain(content.fullText()));
		for (Story story : practice.stories()) {
			body.add(story.title());
			body.add(richText.plain(story.text()));
		}
		Document doc = new Document();
		doc.add(new StringField(ID, practice.id(), Field.Store.YES));
		doc.add(new StringField(CITY_ID, practice.cityId(), Field.Store.NO));
		doc.add(new StoredField("title", content.title()));
		doc.add(new StoredField("summary", summary));
		doc.add(new StoredField("city", practice.cityName()));
		doc.add(new StoredField("country", practice.country()));
		content.languages().stream().filter(l -> l != null && !l.isBlank()).forEach(l -> doc.add(new StoredField(LANGUAGES, l)));
		doc.add(new NumericDocValuesField(PUBLISHED, practice.firstPublishedAt() == null ? 0
				: practice.firstPublishedAt().toEpochMilli()));
		doc.add(new NumericDocValuesField(ADOPTIONS, practice.adoptionCount()));
		doc.add(new StoredField(ADOPTIONS, practice.adoptionCount()));
		text(doc, "title", content.title());
		text(doc, "summary", summary);
		text(doc, "body", String.join("\n", body));
		String activities = ActivityNames.of(content.activityTypes());
		text(doc, ACTIVITIES, activities);
		String words = String.join("\n", java.util.Objects.toString(content.title(), ""), summary,
				String.join("\n", body), activities);
		doc.add(new TextField(Analyzers.SPELL, words, Field.Store.NO));
		content.activityTypes().forEach(a -> facet(doc, SearchRequest.ACTIVITY, a.name()));
		content.aims().forEach(a -> facet(doc, SearchRequest.AIM, a.name()));
		content.sectors().forEach(s -> facet(doc, SearchRequest.SECTOR, s.name()));
		content.languages().forEach(l -> facet(doc, SearchRequest.LANGUAGE, l));
		facet(doc, SearchRequest.COUNTRY, practice.country());
		return doc;
	}

	private static void text(Document doc, String field, String value) {
		String text = value == null ? "" : value;
		doc.add(new TextField(field + Analyzers.EN, text, Field.Store.NO));
		doc.add(new TextField(field + Analyzers.NL, text, Field.Store.NO));
	}

	private static void facet(Document doc, String dimension, String value) {
		if (value != null && !value.isBlank()) {
			doc.add(new SortedSetDocValuesFacetField(dimension, value));
		}
	}

	@Override
	public void destroy() throws IOException {
		searchers.close();
		writer.close();
		directory.close();
	}

}
