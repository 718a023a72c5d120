package org.inclusivecities.platform.practice.search;

import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * Every text is indexed twice: {@code *_en} fields with Lucene's EnglishAnalyzer, {@code *_nl} fields with a
 * Dutch chain (DutchAnalyzer's stop words and Snowball stemmer, plus plural and accent handling), so a query
 * in either language matches other word forms.
 */
final class Analyzers {

	static final String EN = "_en";

	static final String NL = "_nl";

	private Analyzers() {
	}

	static Analyzer perField(String... textFields) {
		Analyzer english = new EnglishAnalyzer();
		Analyzer dutch = dutch();
		Map<String, Analyzer> fields = new HashMap<>();
		for (String field : textFields) {
			fields.put(field + EN, english);
			fields.put(field + NL, dutch);
		}
		return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), fields);
	}

	static Analyzer dutch() {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer source = new StandardTokenizer();
				TokenStream stream = new LowerCaseFilter(source);
				stream = new StopFilter(stream, DutchAnalyzer.getDefaultStopSet());
				stream = new DutchPluralFilter(stream);
				stream = new ASCIIFoldingFilter(stream);
				stream = new SnowballFilter(stream, new DutchStemmer());
				return new TokenStreamComponents(source, stream);
			}

			@Override
			protected TokenStream normalize(String fieldName, TokenStream in) {
				return new ASCIIFoldingFilter(new LowerCaseFilter(in));
			}
		};
	}

}
