package org.inclusivecities.platform.practice.search;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Dutch writes the plural of words ending in an accented or open vowel with -s or -'s ("cafés", "auto's"),
 * which the Snowball Dutch stemmer leaves alone; this strips that ending so that "herstelcafés" and
 * "herstelcafé" meet.
 */
final class DutchPluralFilter extends TokenFilter {

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	DutchPluralFilter(TokenStream input) {
		super(input);
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!input.incrementToken()) {
			return false;
		}
		int length = term.length();
		if (length > 3 && term.charAt(length - 1) == 's') {
			char before = term.charAt(length - 2);
			if (before == 'é') {
				term.setLength(length - 1);
			}
			else if (before == '\'' || before == '’') {
				term.setLength(length - 2);
			}
		}
		return true;
	}

}
