package org.inclusivecities.platform.practice.search;

import java.io.IOException;
import java.util.Locale;

import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;

/**
 * What both engines share about tolerating what people type: how many edits a fuzzy match of a term allows (as
 * OpenSearch's {@code fuzziness: AUTO:4,7}), how much less a fuzzy match weighs than an exact one, and how the
 * "did you mean" query is put together from the engine's spell checker (Lucene's {@code DirectSpellChecker},
 * OpenSearch's term suggester, which is the same checker with the same defaults).
 */
final class Spelling {

	/** OpenSearch's fuzziness: exact below 4 characters, one edit below 7, two from 7. */
	static final String FUZZINESS = "AUTO:4,7";

	/** A fuzzy match weighs a fifth of an exact one, so exact matches rank first. */
	static final float FUZZY_WEIGHT = 0.2f;

	private Spelling() {
	}

	/** The edits {@link #FUZZINESS} allows for an analysed term. */
	static int maxEdits(String term) {
		int length = term.codePointCount(0, term.length());
		return length < 4 ? 0 : length < 7 ? 1 : 2;
	}

	/**
	 * Whether a word can take part in the fuzzy match: it has a letter or digit and is not a stop word of both
	 * languages (those leave no term in any field, and are dropped from the exact match too).
	 */
	static boolean searchable(String word) {
		String lower = word.toLowerCase(Locale.ROOT);
		return lower.codePoints().anyMatch(Character::isLetterOrDigit)
				&& !(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(lower)
						&& DutchAnalyzer.getDefaultStopSet().contains(lower));
	}

	/** The engine's view of the library's words. */
	interface Words {

		/** The library's closest word to this lower-cased word when the word itself is not in it, else null. */
		String closest(String word) throws IOException;

		/** Whether the word, on its own, matches a practice without fuzziness (other word forms count). */
		boolean matches(String word) throws IOException;

	}

	/**
	 * The query with each misspelt word replaced by the library's closest word, or null when none is misspelt. A
	 * word is misspelt when it matches nothing exactly and the library has a close word that differs in more than
	 * accents ("herstelcafe" is not misspelt, "cafes" matches "café" and is not either).
	 */
	static String suggest(String query, Words library) throws IOException {
		if (query.isBlank()) {
			return null;
		}
		String[] words = query.strip().split("\\s+");
		boolean changed = false;
		for (int i = 0; i < words.length; i++) {
			String word = words[i].toLowerCase(Locale.ROOT);
			String closest = library.closest(word);
			if (closest != null && !fold(closest).equals(fold(word)) && !library.matches(words[i])) {
				words[i] = closest;
				changed = true;
			}
		}
		return changed ? String.join(" ", words) : null;
	}

	static String fold(String text) {
		char[] folded = new char[text.length() * 4];
		int length = ASCIIFoldingFilter.foldToASCII(text.toCharArray(), 0, folded, 0, text.length());
		return new String(folded, 0, length);
	}

}
