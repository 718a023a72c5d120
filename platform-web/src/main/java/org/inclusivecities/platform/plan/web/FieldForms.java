package org.inclusivecities.platform.plan.web;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The plan's field forms (form records of text fields) as name → text maps, so one flow merges every such part:
 * the page carries the values it started from as hidden {@code base.<field>} inputs; after a conflict, each field
 * both people changed carries the other person's text as {@code seen.<field>} and a required
 * {@code choice.<field>} (keep {@code theirs}, or save {@code mine}: the text in the box).
 */
final class FieldForms {

	static final String BASE = "base.";

	static final String SEEN = "seen.";

	static final String CHOICE = "choice.";

	private FieldForms() {
	}

	static Map<String, String> values(Record form) {
		Map<String, String> values = new LinkedHashMap<>();
		for (RecordComponent component : form.getClass().getRecordComponents()) {
			try {
				Object value = component.getAccessor().invoke(form);
				values.put(component.getName(), value == null ? "" : value.toString());
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return values;
	}

	static <F extends Record> F build(Class<F> type, Map<String, String> values) {
		RecordComponent[] components = type.getRecordComponents();
		Class<?>[] types = new Class<?>[components.length];
		Object[] args = new Object[components.length];
		for (int i = 0; i < components.length; i++) {
			types[i] = components[i].getType();
			String value = values.get(components[i].getName());
			args[i] = value == null || value.isEmpty() ? null : value;
		}
		try {
			var constructor = type.getDeclaredConstructor(types);
			constructor.setAccessible(true);
			return constructor.newInstance(args);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The request's {@code prefix<field>} parameters of the form's own fields, by field name. */
	static Map<String, String> prefixed(HttpServletRequest request, Class<? extends Record> type, String prefix) {
		Map<String, String> values = new LinkedHashMap<>();
		for (RecordComponent component : type.getRecordComponents()) {
			String value = request.getParameter(prefix + component.getName());
			if (value != null) {
				values.put(component.getName(), value);
			}
		}
		return values;
	}

}
