package org.inclusivecities.platform.people;

import java.util.Locale;

/** The languages the platform speaks. */
public enum Language {

	EN, NL;

	public Locale locale() {
		return Locale.forLanguageTag(name().toLowerCase(Locale.ROOT));
	}

	public static Language of(Locale locale) {
		return locale != null && "nl".equals(locale.getLanguage()) ? NL : EN;
	}

}
