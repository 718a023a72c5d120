package org.inclusivecities.platform.city;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * City names folded for case- and accent-insensitive search without {@code $text}: "Łódź" → "lodz",
 * "Gent-Sint-Pieters" → "gent sint pieters". Search keys are the word-suffixes of the folded name, so an
 * anchored (index-friendly) prefix query on them finds a name by the start of any of its words.
 */
public final class CityNames {

	private CityNames() {
	}

	/** Lower case, accents removed, every run of non-letters/digits one space. */
	public static String fold(String text) {
		if (text == null) {
			return "";
		}
		String ascii = Normalizer.normalize(text.replace("ł", "l").replace("Ł", "L").replace("ø", "o")
			.replace("Ø", "O").replace("ß", "ss").replace("æ", "ae").replace("Æ", "AE"), Normalizer.Form.NFKD)
			.replaceAll("\\p{M}", "");
		return ascii.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
	}

	/** "gent sint pieters" → ["gent sint pieters", "sint pieters", "pieters"]. */
	public static List<String> searchKeys(String name) {
		String folded = fold(name);
		List<String> keys = new ArrayList<>();
		if (folded.isEmpty()) {
			return keys;
		}
		keys.add(folded);
		for (int i = folded.indexOf(' '); i >= 0; i = folded.indexOf(' ', i + 1)) {
			keys.add(folded.substring(i + 1));
		}
		return keys;
	}

}
