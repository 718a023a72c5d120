package org.inclusivecities.platform.join.web;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** The countries (ISO 3166-1 alpha-2) and languages (ISO 639-1) offered on the form, named in the reader's language. */
final class JoinChoices {

	/** The official languages of Europe's countries and a few more widely spoken in its cities. */
	static final List<String> LANGUAGES = List.of("bg", "ca", "cs", "cy", "da", "de", "el", "en", "es", "et", "eu",
			"fi", "fr", "ga", "gd", "gl", "hr", "hu", "is", "it", "lb", "lt", "lv", "mt", "nl", "no", "pl", "pt",
			"ro", "sk", "sl", "sq", "sr", "sv", "tr", "uk", "ar");

	private static final Set<String> COUNTRIES = new TreeSet<>(Arrays.asList(Locale.getISOCountries()));

	private JoinChoices() {
	}

	record Choice(String code, String name) {
	}

	static List<Choice> countries(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		return COUNTRIES.stream()
			.map(code -> new Choice(code, Locale.of("", code).getDisplayCountry(locale)))
			.sorted(Comparator.comparing(Choice::name, collator))
			.toList();
	}

	static List<Choice> languages(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		return LANGUAGES.stream()
			.map(code -> new Choice(code, Locale.of(code).getDisplayLanguage(locale)))
			.sorted(Comparator.comparing(Choice::name, collator))
			.toList();
	}

	static boolean isCountry(String code) {
		return code != null && COUNTRIES.contains(code);
	}

	static boolean isLanguage(String code) {
		return LANGUAGES.contains(code);
	}

	static String countryName(String code, Locale locale) {
		return code == null ? "" : Locale.of("", code).getDisplayCountry(locale);
	}

}
