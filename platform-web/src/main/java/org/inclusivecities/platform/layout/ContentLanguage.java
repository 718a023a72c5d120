package org.inclusivecities.platform.layout;

import java.util.List;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The {@code lang} of content people wrote (a plan, a practice, a story) on a page in another language (WCAG 3.1.2):
 * {@code th:lang="${@contentLanguage.of(languages)}"}. The content's languages are what its author declared (a
 * practice's languages, the city's languages for its plan), the first being its main one. When the page is in one of
 * them the content needs no mark; otherwise it is marked with the first. Unknown languages mark nothing (null, so
 * Thymeleaf leaves the attribute out).
 */
@Component("contentLanguage")
public class ContentLanguage {

	public String of(List<String> languages) {
		return of(languages, LocaleContextHolder.getLocale());
	}

	static String of(List<String> languages, Locale page) {
		if (languages == null || languages.isEmpty() || languages.getFirst() == null
				|| languages.getFirst().isBlank()) {
			return null;
		}
		return languages.stream().anyMatch(l -> l.equalsIgnoreCase(page.getLanguage())) ? null
				: languages.getFirst().strip().toLowerCase(Locale.ROOT);
	}

}
