package org.inclusivecities.platform.city;

import java.text.Normalizer;
import java.util.Locale;

/** URL-safe identifiers derived from names: "Gent-Sint-Pieters" → "gent-sint-pieters", "Łódź" → "lodz". */
public final class Slugs {

	private Slugs() {
	}

	public static String slugify(String text) {
		String ascii = Normalizer.normalize(text.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("ß", "ss"),
				Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		if (slug.length() > 60) {
			slug = slug.substring(0, 60).replaceAll("-+$", "");
		}
		return slug.isEmpty() ? "city" : slug;
	}

	public static boolean isValid(String slug) {
		return slug != null && slug.matches("[a-z0-9]+(-[a-z0-9]+)*") && slug.length() <= 60;
	}

}
