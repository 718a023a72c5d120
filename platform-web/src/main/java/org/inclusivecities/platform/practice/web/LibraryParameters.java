package org.inclusivecities.platform.practice.web;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.inclusivecities.platform.plan.ActivityType;
import org.inclusivecities.platform.plan.Aim;
import org.inclusivecities.platform.practice.SearchRequest;
import org.inclusivecities.platform.plan.Sector;

import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/** Reads the facet filters of a library search from query parameters, and writes them back into links. */
final class LibraryParameters {

	/** The {@code sort} parameter's value for the most adopted first. */
	static final String ADOPTIONS = "adoptions";

	private LibraryParameters() {
	}

	/** The selected values per dimension; a value that cannot exist is reported by {@link #invalid}. */
	static Map<String, Set<String>> filters(MultiValueMap<String, String> parameters) {
		Map<String, Set<String>> filters = new HashMap<>();
		for (String dimension : SearchRequest.DIMENSIONS) {
			List<String> values = parameters.getOrDefault(dimension, List.of());
			Set<String> selected = new LinkedHashSet<>();
			values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).forEach(selected::add);
			if (!selected.isEmpty()) {
				filters.put(dimension, selected);
			}
		}
		return filters;
	}

	/** The first parameter value that no practice can have (unknown enum name, malformed code), or null. */
	static String invalid(Map<String, Set<String>> filters) {
		for (var entry : filters.entrySet()) {
			for (String value : entry.getValue()) {
				boolean valid = switch (entry.getKey()) {
					case SearchRequest.ACTIVITY -> names(ActivityType.class).contains(value);
					case SearchRequest.AIM -> names(Aim.class).contains(value);
					case SearchRequest.SECTOR -> names(Sector.class).contains(value);
					case SearchRequest.COUNTRY -> value.matches("[A-Z]{2,3}");
					default -> value.matches("[a-z]{2,3}");
				};
				if (!valid) {
					return entry.getKey();
				}
			}
		}
		return null;
	}

	/** The order named by the {@code sort} parameter: blank is relevance; null for a value that is no order. */
	static SearchRequest.Order order(String sort) {
		if (sort == null || sort.isBlank() || sort.equals("relevance")) {
			return SearchRequest.Order.RELEVANCE;
		}
		return sort.equals(ADOPTIONS) ? SearchRequest.Order.ADOPTIONS : null;
	}

	static String url(String path, String query, Map<String, Set<String>> filters, int page) {
		return url(path, query, filters, page, SearchRequest.Order.RELEVANCE);
	}

	static String url(String path, String query, Map<String, Set<String>> filters, int page,
			SearchRequest.Order order) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
		if (query != null && !query.isBlank()) {
			builder.queryParam("q", query);
		}
		for (String dimension : SearchRequest.DIMENSIONS) {
			filters.getOrDefault(dimension, Set.of()).forEach(v -> builder.queryParam(dimension, v));
		}
		if (order == SearchRequest.Order.ADOPTIONS) {
			builder.queryParam("sort", ADOPTIONS);
		}
		if (page > 0) {
			builder.queryParam("page", page);
		}
		return builder.encode().build().toUriString();
	}

	private static <E extends Enum<E>> Set<String> names(Class<E> type) {
		Set<String> names = new LinkedHashSet<>();
		EnumSet.allOf(type).forEach(e -> names.add(e.name()));
		return names;
	}

}
