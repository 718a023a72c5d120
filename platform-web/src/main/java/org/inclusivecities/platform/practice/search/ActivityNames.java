package org.inclusivecities.platform.practice.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.inclusivecities.platform.plan.ActivityType;

/**
 * The names of a practice's kinds of activity, as the library's filters show them in English and Dutch
 * ({@code i18n/practice*.properties}): indexed as text, so "recovery cafes" finds a Dutch herstelcafé and
 * "herstelcafé" an English recovery café.
 */
final class ActivityNames {

	private static final String BUNDLE = "i18n/practice";

	private static final List<ResourceBundle> BUNDLES = List.of(ResourceBundle.getBundle(BUNDLE, Locale.ROOT),
			ResourceBundle.getBundle(BUNDLE, Locale.of("nl"),
					ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));

	private ActivityNames() {
	}

	static String of(Collection<ActivityType> types) {
		List<String> names = new ArrayList<>();
		for (ActivityType type : types) {
			for (ResourceBundle bundle : BUNDLES) {
				String key = "practice.activity." + type.name();
				if (bundle.containsKey(key)) {
					names.add(bundle.getString(key));
				}
			}
		}
		return String.join("\n", names);
	}

}
