package org.inclusivecities.platform.layout;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one way to show an enum constant to a reader: {@code ${@labels.of(value)}} in a template, {@link #of(Enum,
 * Locale)} in code. Each enum has one label key prefix, registered by its feature ({@link LabelledEnums}: {@code
 * plan.level.HIGH}); an enum not registered is labelled by {@code enum.<SimpleName>.<CONSTANT>}. A missing label
 * is shown as the constant in words ("Not yet"), never as its raw name.
 */
@Component("labels")
public class EnumLabels {

	private final MessageSource messages;

	private final Map<Class<?>, String> prefixes = new java.util.concurrent.ConcurrentHashMap<>();

	EnumLabels(MessageSource messages, ObjectProvider<LabelledEnums> registered) {
		this.messages = messages;
		registered.orderedStream().forEach(r -> prefixes.putAll(r.prefixes()));
	}

	/** The label of a constant in the reader's language; empty for null. */
	public String of(Enum<?> value) {
		return of(value, LocaleContextHolder.getLocale());
	}

	public String of(Enum<?> value, Locale locale) {
		if (value == null) {
			return "";
		}
		return messages.getMessage(code(value), null, words(value.name()), locale);
	}

	/** The labels of several constants, joined by commas (a list of aims), in the order the collection gives. */
	public String all(java.util.Collection<? extends Enum<?>> values) {
		return String.join(", ", values.stream().map(this::of).toList());
	}

	/** The message key of a constant's label. */
	public String code(Enum<?> value) {
		String prefix = prefixes.get(value.getDeclaringClass());
		return (prefix != null ? prefix : "enum." + value.getDeclaringClass().getSimpleName()) + "." + value.name();
	}

	/** The constant of {@code type} named {@code name}, if there is one. */
	public static <E extends Enum<E>> Optional<E> constant(Class<E> type, String name) {
		try {
			return Optional.of(Enum.valueOf(type, name));
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			return Optional.empty();
		}
	}

	/** {@code NOT_YET} → "Not yet". */
	static String words(String name) {
		String words = name.replace('_', ' ').toLowerCase(Locale.ROOT);
		return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

}
