package org.inclusivecities.platform.directory;

import java.util.Locale;
import java.util.Set;

/** ISO 3166 country and ISO 639 language codes: validation and names in the reader's language. */
public final class Countries {

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

	private Countries() {
	}

	public static boolean isCountry(String code) {
		return code != null && COUNTRIES.contains(code);
	}

	public static boolean isLanguage(String code) {
		return code != null && LANGUAGES.contains(code);
	}

	public static String countryName(String code, Locale locale) {
		return code == null ? "" : Locale.of("", code).getDisplayCountry(locale);
	}

	public static String languageName(String code, Locale locale) {
		return code == null ? "" : Locale.of(code).getDisplayLanguage(locale);
	}

}
