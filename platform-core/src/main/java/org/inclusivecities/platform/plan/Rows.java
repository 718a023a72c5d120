package org.inclusivecities.platform.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the field-name → text rows that versions are compared by. */
final class Rows {

	private Rows() {
	}

	static Map<String, String> row(Object... namesAndValues) {
		Map<String, String> row = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			Object value = namesAndValues[i + 1];
			if (value != null && !(value instanceof List<?> list && list.isEmpty())) {
				row.put((String) namesAndValues[i], value instanceof List<?> list ? String.join(", ", list.stream().map(String::valueOf).toList()) : String.valueOf(value));
			}
		}
		return row;
	}

	static <T> List<T> copy(List<T> list) {
		return list == null ? List.of() : List.copyOf(list);
	}

	static <T> List<T> limit(String field, List<T> list, int max) {
		List<T> copy = copy(list);
		if (copy.size() > max) {
			throw new InvalidPlanContent(field, "plan.error.tooMany", max);
		}
		return copy;
	}

}
