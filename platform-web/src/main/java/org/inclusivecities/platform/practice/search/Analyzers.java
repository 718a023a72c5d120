package org.inclusivecities.platform.practice.search;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * Every text is indexed twice: {@code *_en} fields with an English chain (EnglishAnalyzer's possessive filter,
 * stop words and Porter stemmer, plus accent folding, so "cafes" meets "café"), {@code *_nl} fields with a
 * Dutch chain (DutchAnalyzer's stop words and Snowball stemmer, plus plural and accent handling), so a query
 * in either language matches other word forms. The {@code spell} field keeps the words as written (lower-cased
 * only, the default analyzer): the spell checker suggests from it.
 */
final class Analyzers {

	static final String EN = "_en";

	static final String NL = "_nl";

	/** The words of every text as written, for "did you mean". */
	static final String SPELL = "spell";

	private Analyzers() {
	}

	static Analyzer perField(String... textFields) {
		Analyzer english = english();
		Analyzer dutch = dutch();
		Map<String, Analyzer> fields = new HashMap<>();
		for (String field : textFields) {
			fields.put(field + EN, english);
			fields.put(field + NL, dutch);
		}
		return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), fields);
	}

	/** EnglishAnalyzer's chain with ASCII folding before the stemmer (OpenSearch: {@code practice_english}). */
	static Analyzer english() {
		return folding(source -> {
			TokenStream stream = new EnglishPossessiveFilter(source);
			stream = new LowerCaseFilter(stream);
			stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
			stream = new ASCIIFoldingFilter(stream);
			return new PorterStemFilter(stream);
		});
	}

	static Analyzer dutch() {
		return folding(source -> {
			TokenStream stream = new LowerCaseFilter(source);
			stream = new StopFilter(stream, DutchAnalyzer.getDefaultStopSet());
			stream = new DutchPluralFilter(stream);
			stream = new ASCIIFoldingFilter(stream);
			return new SnowballFilter(stream, new DutchStemmer());
		});
	}

	/** The standard tokenizer with these filters; a fuzzy term is lower-cased and folded as the indexed ones. */
	private static Analyzer folding(Function<Tokenizer, TokenStream> filters) {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer source = new StandardTokenizer();
				return new TokenStreamComponents(source, filters.apply(source));
			}

			@Override
			protected TokenStream normalize(String fieldName, TokenStream in) {
				return new ASCIIFoldingFilter(new LowerCaseFilter(in));
			}
		};
	}

}
