package org.inclusivecities.platform.plan;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The three-way merge of one plan part, field by field: {@code base} is what the saver started from, {@code mine}
 * what they saved, {@code theirs} what is stored now. A field only the saver changed is applied, a field only the
 * other person changed is kept, a field both changed differently is a conflict (and keeps theirs). Works for every
 * part, since every part is a record: a list field merges by row (rows with an {@code id} by id, others by value),
 * so rows added or removed on either side never clash.
 */
final class PartMerge {

	private PartMerge() {
	}

	/** The merged content (theirs in every conflicting field) and the names of the conflicting fields. */
	record Result<T>(T content, List<String> conflicts) {
	}

	static <T extends PartContent> Result<T> merge(T base, T mine, T theirs) {
		RecordComponent[] components = mine.getClass().getRecordComponents();
		Object[] merged = new Object[components.length];
		List<String> conflicts = new ArrayList<>();
		for (int i = 0; i < components.length; i++) {
			RecordComponent component = components[i];
			Object b = base == null ? null : value(component, base);
			Object m = value(component, mine);
			Object t = value(component, theirs);
			if (b instanceof List<?> bl && m instanceof List<?> ml && t instanceof List<?> tl) {
				List<Object> rows = mergeRows(bl, ml, tl);
				merged[i] = rows == null ? t : rows;
				if (rows == null) {
					conflicts.add(component.getName());
				}
			}
			else if (Objects.equals(m, t) || (base != null && Objects.equals(m, b))) {
				merged[i] = t;
			}
			else if (base != null && Objects.equals(t, b)) {
				merged[i] = m;
			}
			else {
				merged[i] = t;
				conflicts.add(component.getName());
			}
		}
		return new Result<>(construct(mine, components, merged), List.copyOf(conflicts));
	}

	/** Theirs with my additions, removals and edits of rows; {@code null} when both edited one row differently. */
	private static List<Object> mergeRows(List<?> base, List<?> mine, List<?> theirs) {
		Map<Object, Object> baseRows = byKey(base);
		Map<Object, Object> myRows = byKey(mine);
		Map<Object, Object> result = byKey(theirs);
		for (Map.Entry<Object, Object> row : baseRows.entrySet()) {
			if (!myRows.containsKey(row.getKey())) {
				Object theirRow = result.get(row.getKey());
				if (theirRow != null && !theirRow.equals(row.getValue())) {
					return null;
				}
				result.remove(row.getKey());
			}
		}
		for (Map.Entry<Object, Object> row : myRows.entrySet()) {
			Object baseRow = baseRows.get(row.getKey());
			if (row.getValue().equals(baseRow)) {
				continue;
			}
			Object theirRow = result.get(row.getKey());
			boolean theyChangedIt = baseRow == null ? theirRow != null : !baseRow.equals(theirRow);
			if (theyChangedIt && !row.getValue().equals(theirRow)) {
				return null;
			}
			result.put(row.getKey(), row.getValue());
		}
		return new ArrayList<>(result.values());
	}

	private static Map<Object, Object> byKey(List<?> rows) {
		Map<Object, Object> byKey = new LinkedHashMap<>();
		for (Object row : rows) {
			byKey.putIfAbsent(key(row), row);
		}
		return byKey;
	}

	/** A row with an {@code id} component is the same row across edits; any other row is its value. */
	private static Object key(Object row) {
		if (row instanceof Record) {
			for (RecordComponent component : row.getClass().getRecordComponents()) {
				if (component.getName().equals("id")) {
					return List.of("id", String.valueOf(value(component, row)));
				}
			}
		}
		return row;
	}

	private static Object value(RecordComponent component, Object record) {
		try {
			return component.getAccessor().invoke(record);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@SuppressWarnings("unchecked")
	private static <T> T construct(T like, RecordComponent[] components, Object[] values) {
		Class<?>[] types = new Class<?>[components.length];
		for (int i = 0; i < components.length; i++) {
			types[i] = components[i].getType();
		}
		try {
			var constructor = like.getClass().getDeclaredConstructor(types);
			constructor.setAccessible(true);
			return (T) constructor.newInstance(values);
		}
		catch (java.lang.reflect.InvocationTargetException ex) {
			if (ex.getCause() instanceof RuntimeException refused) {
				throw refused;
			}
			throw new IllegalStateException(ex);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
