package org.inclusivecities.platform.practice;

import java.util.List;

/**
 * One page of search hits, the total, facet counts for every dimension, and the query with its misspelt words
 * corrected ("did you mean"), or null when no word of it needs correcting.
 */
public record SearchResults(long total, int page, int size, List<Hit> hits, List<Facet> facets, String suggestion) {

	public SearchResults(long total, int page, int size, List<Hit> hits, List<Facet> facets) {
		this(total, page, size, hits, facets, null);
	}

	public int pages() {
		return (int) ((total + size - 1) / size);
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	public boolean hasNext() {
		return page + 1 < pages();
	}

	/**
	 * A matching practice; {@code snippetHtml} is the summary with matches wrapped in {@code <mark>}, every other
	 * character HTML-escaped; {@code adoptions} the number of cities whose adoption of it is active; {@code languages}
	 * those its author declared, the main one first (for the {@code lang} of its title and snippet).
	 */
	public record Hit(String id, String title, String cityName, String country, String snippetHtml, float score,
			int adoptions, List<String> languages) {

		public Hit {
			languages = languages == null ? List.of() : List.copyOf(languages);
		}

	}

	public record Facet(String dimension, List<FacetValue> values) {
	}

	public record FacetValue(String value, long count, boolean selected) {
	}

}
