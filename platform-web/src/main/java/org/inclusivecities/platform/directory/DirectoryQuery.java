package org.inclusivecities.platform.directory;

/**
 * A validated directory search: folded name text (may be empty), ISO 3166 country, status filter key
 * (built-in status or a registered badge), population band, ISO 639 language, order, zero-based page and size.
 * Null filters are not applied. Build one with {@link DirectoryQueries}.
 */
public record DirectoryQuery(String text, String country, String status, PopulationBand population,
		String language, DirectorySort sort, int page, int size) {

	public DirectoryQuery withPage(int page) {
		return new DirectoryQuery(text, country, status, population, language, sort, page, size);
	}

}
