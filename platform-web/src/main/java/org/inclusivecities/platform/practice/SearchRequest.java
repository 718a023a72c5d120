package org.inclusivecities.platform.practice;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A search of the library: free text (may be blank), selected facet values per dimension (OR within a
 * dimension, AND across dimensions), a zero-based page and the order of the hits.
 */
public record SearchRequest(String query, Map<String, Set<String>> filters, int page, int size, Order order) {

	/**
	 * The order of the hits: {@code RELEVANCE} best match first for a text query and newest first when browsing;
	 * {@code ADOPTIONS} the most adopted first (active adoptions), then as {@code RELEVANCE}.
	 */
	public enum Order {

		RELEVANCE, ADOPTIONS

	}

	public static final String ACTIVITY = "activity";

	public static final String AIM = "aim";

	public static final String SECTOR = "sector";

	public static final String COUNTRY = "country";

	public static final String LANGUAGE = "language";

	public static final List<String> DIMENSIONS = List.of(ACTIVITY, AIM, SECTOR, COUNTRY, LANGUAGE);

	public static final int MAX_SIZE = 100;

	public SearchRequest {
		query = query == null ? "" : query.strip();
		filters = filters == null ? Map.of() : Map.copyOf(filters);
		order = order == null ? Order.RELEVANCE : order;
		if (page < 0 || size < 1 || size > MAX_SIZE) {
			throw new IllegalArgumentException("page must be >= 0 and size between 1 and " + MAX_SIZE);
		}
	}

	public SearchRequest(String query, Map<String, Set<String>> filters, int page, int size) {
		this(query, filters, page, size, Order.RELEVANCE);
	}

	public Set<String> selected(String dimension) {
		return filters.getOrDefault(dimension, Set.of());
	}

}
