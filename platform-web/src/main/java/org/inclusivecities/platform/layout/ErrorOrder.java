package org.inclusivecities.platform.layout;

import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.thymeleaf.spring6.util.DetailedError;

import org.springframework.stereotype.Component;

/**
 * The GOV.UK error summary lists one message per field, in the order of the fields on the page, and a field shows
 * the message of its first problem: a missing value before its format ("Enter the email address", not "Enter it in
 * the correct format"). Bean Validation reports violations in no fixed order, so the form's own order is used: the
 * record's components (form records declare their fields in page order), else the class's declared fields.
 * Templates: {@code ${@errorOrder.summary(#fields.detailedErrors(), #object)}} and
 * {@code ${@errorOrder.message(#fields.detailedErrors(), field)}}.
 */
@Component("errorOrder")
public class ErrorOrder {

	/** Constraint codes that say a value is missing: they come before any other problem of the same field. */
	private static final Set<String> MISSING = Set.of("NotBlank", "NotNull", "NotEmpty", "required");

	private static final Comparator<DetailedError> BY_PRIORITY = Comparator.comparingInt(e -> rank(e.getCode()));

	/** Errors about the whole form first, then the first problem of each field in form order. */
	public List<DetailedError> summary(List<DetailedError> errors, Object form) {
		List<String> order = fieldOrder(form);
		Map<String, DetailedError> first = new LinkedHashMap<>();
		List<DetailedError> global = new ArrayList<>();
		for (DetailedError error : errors.stream().sorted(BY_PRIORITY).toList()) {
			if (error.isGlobal()) {
				global.add(error);
			}
			else {
				first.putIfAbsent(error.getFieldName(), error);
			}
		}
		List<DetailedError> fields = new ArrayList<>(first.values());
		fields.sort(Comparator.comparingInt(e -> position(order, e.getFieldName())));
		global.addAll(fields);
		return global;
	}

	/** The message of the field's first problem, or null when it has none. */
	public String message(List<DetailedError> errors, String field) {
		return errors.stream()
			.filter(e -> !e.isGlobal() && field.equals(e.getFieldName()))
			.sorted(BY_PRIORITY)
			.map(DetailedError::getMessage)
			.findFirst()
			.orElse(null);
	}

	/** 0 for a missing value, 1 for any other problem. */
	static int rank(String code) {
		return code != null && MISSING.contains(code) ? 0 : 1;
	}

	static int position(List<String> order, String field) {
		// a nested or indexed field ("evidence[0].title") sorts with its root
		String root = field.split("[.\\[]", 2)[0];
		int index = order.indexOf(root);
		return index < 0 ? Integer.MAX_VALUE : index;
	}

	static List<String> fieldOrder(Object form) {
		if (form == null) {
			return List.of();
		}
		Class<?> type = form.getClass();
		if (type.isRecord()) {
			return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
		}
		return Arrays.stream(type.getDeclaredFields()).map(Field::getName).toList();
	}

}
