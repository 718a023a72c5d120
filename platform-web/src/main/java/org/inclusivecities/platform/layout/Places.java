package org.inclusivecities.platform.layout;

import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Names of countries and languages in the reader's language for pages: {@code ${@places.country('BE')}}. */
@Component("places")
public class Places {

	public String country(String code) {
		return code == null ? "" : Locale.of("", code).getDisplayCountry(LocaleContextHolder.getLocale());
	}

	public String language(String code) {
		return code == null ? "" : Locale.of(code).getDisplayLanguage(LocaleContextHolder.getLocale());
	}

}
