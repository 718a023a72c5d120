package org.inclusivecities.platform.layout;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * The first message of each field with an error (a missing value before a wrong format), in form order, for the GOV.UK error summary and the
 * inline messages (a field with a type mismatch and a missing value shows one message, not two).
 */
public final class FormErrors {

	private FormErrors() {
	}

	public static Map<String, String> of(BindingResult result, MessageSource messages, Locale locale) {
		List<String> order = ErrorOrder.fieldOrder(result.getTarget());
		Map<String, String> errors = new LinkedHashMap<>();
		result.getFieldErrors()
			.stream()
			.sorted(Comparator.comparingInt((FieldError e) -> ErrorOrder.position(order, e.getField()))
				.thenComparingInt(e -> ErrorOrder.rank(e.getCode())))
			.forEach(error -> errors.putIfAbsent(error.getField(), messages.getMessage(error, locale)));
		return errors;
	}

}
