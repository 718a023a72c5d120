package org.inclusivecities.platform.layout;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** One option of a select: the value sent and the text shown (already in the reader's language). */
public record Choice(String value, String label) {

	/** The choices in the alphabetical order of their labels in this language (accents sort as readers expect). */
	public static List<Choice> byLabel(Stream<Choice> choices, Locale locale) {
		Collator collator = Collator.getInstance(locale);
		return choices.sorted(Comparator.comparing(Choice::label, collator)).toList();
	}

}
