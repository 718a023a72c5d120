package org.inclusivecities.platform.practice.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;

import org.inclusivecities.platform.database.StorageProperties;
import org.inclusivecities.platform.practice.PublishedPractice;
import org.inclusivecities.platform.practice.RichText;
import org.inclusivecities.platform.practice.SearchProperties;

/**
 * Benchmark helper: builds the on-disk search index the application opens with
 * {@code platform.web.search.index-dir}, with the application's own {@link LucenePracticeSearch} (same fields,
 * analyzers and facets as a rebuild at start).
 */
public final class BenchIndex {

	private BenchIndex() {
	}

	public static void rebuild(Path dataDir, Path indexDir, Collection<PublishedPractice> practices)
			throws IOException {
		LucenePracticeSearch search = new LucenePracticeSearch(new SearchProperties("lucene", indexDir),
				new StorageProperties(dataDir, null), new RichText());
		try {
			search.rebuild(practices);
		}
		finally {
			search.destroy();
		}
	}

}
