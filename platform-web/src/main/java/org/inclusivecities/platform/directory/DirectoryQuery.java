package org.inclusivecities.platform.directory;

/**
 * A validated directory search: folded name text (may be empty), ISO 3166 country, status filter key
 * (built-in status or a registered badge), population band, ISO 639 language, order, zero-based page and size,
 * and the key of a charter milestone the cities have reached. Null filters are not applied. Build one with
 * {@link DirectoryQueries}.
 */
public record DirectoryQuery(String text, String country, String status, PopulationBand population,
		String language, DirectorySort sort, int page, int size, String milestone) {

	/** A search without a milestone filter. */
	public DirectoryQuery(String text, String country, String status, PopulationBand population, String language,
			DirectorySort sort, int page, int size) {
		this(text, country, status, population, language, sort, page, size, null);
	}

	public DirectoryQuery withPage(int page) {
		return new DirectoryQuery(text, country, status, population, language, sort, page, size, milestone);
	}

}
