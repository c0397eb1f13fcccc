package com.mgsleep.kb.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter.StemmerOverrideMap;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * The four analysis chains of the index. Documents are indexed twice, stemmed (so
 * "sleeping" finds "sleep") and exact (so exact words can rank higher); queries use the
 * same chains plus the editors' synonyms, applied at query time so that multi-word
 * synonyms ("restless legs syndrome") match as phrases and editing the list never needs a
 * re-index of other data.
 *
 * <p>
 * The stemmer leaves the names of the forms whole, only reading their plurals as the
 * singular: Porter's rules cut "glycinate" and "glycine" to the same stem, but one is the
 * supplement and the other the amino acid it holds, and a reader asking about one does
 * not mean the other.
 */
final class SearchAnalyzers {

	private final StemmerOverrideMap keptWords;

	private final Analyzer stemmed;

	private final Analyzer exact;

	private final Analyzer stemmedQuery;

	private final Analyzer exactQuery;

	private final List<List<String>> multiWordTerms;

	/**
	 * @param synonymGroups the editors' synonyms
	 * @param keptWords lowercase words the stemmer leaves whole, such as the forms' names
	 */
	SearchAnalyzers(List<List<String>> synonymGroups, Collection<String> keptWords) {
		this.keptWords = KeptWords.map(keptWords);
		this.stemmed = chain(null, this.keptWords);
		this.exact = chain(null, null);
		SynonymMap synonyms = synonymMap(synonymGroups);
		this.stemmedQuery = chain(synonyms, this.keptWords);
		this.exactQuery = chain(synonyms, null);
		this.multiWordTerms = synonymGroups.stream()
			.flatMap(List::stream)
			.map(this::words)
			.filter((words) -> words.size() > 1)
			.toList();
	}

	Analyzer stemmed() {
		return this.stemmed;
	}

	Analyzer exact() {
		return this.exact;
	}

	Analyzer stemmedQuery() {
		return this.stemmedQuery;
	}

	Analyzer exactQuery() {
		return this.exactQuery;
	}

	/** Synonym terms of more than one word, as lowercase words. */
	List<List<String>> multiWordTerms() {
		return this.multiWordTerms;
	}

	/** The lowercase words of {@code text}, stop words removed, unstemmed. */
	List<String> words(String text) {
		return tokens(this.exact, text);
	}

	/** The stem of a lowercase word, as the text field indexes it. */
	String stem(String word) {
		List<String> stems = tokens(this.stemmed, word);
		return stems.isEmpty() ? word : stems.get(0);
	}

	static List<String> tokens(Analyzer analyzer, String text) {
		List<String> words = new ArrayList<>();
		try (TokenStream tokens = analyzer.tokenStream("", new StringReader(text))) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			tokens.reset();
			while (tokens.incrementToken()) {
				words.add(term.toString());
			}
			tokens.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return words;
	}

	private SynonymMap synonymMap(List<List<String>> groups) {
		SynonymMap.Builder builder = new SynonymMap.Builder(true);
		for (List<String> group : groups) {
			List<CharsRef> terms = group.stream()
				.map(this::words)
				.filter((words) -> !words.isEmpty())
				.map((words) -> SynonymMap.Builder.join(words.toArray(String[]::new), new CharsRefBuilder()))
				.toList();
			for (CharsRef from : terms) {
				for (CharsRef to : terms) {
					if (!from.equals(to)) {
						builder.add(from, to, true);
					}
				}
			}
		}
		try {
			return builder.build();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Analyzer chain(SynonymMap synonyms, StemmerOverrideMap stem) {
		CharArraySet stopWords = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
		return new Analyzer() {

			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer source = new StandardTokenizer();
				TokenStream result = new EnglishPossessiveFilter(source);
				result = new LowerCaseFilter(result);
				result = new ASCIIFoldingFilter(result);
				result = new StopFilter(result, stopWords);
				if (synonyms != null && synonyms.fst != null) {
					result = new SynonymGraphFilter(result, synonyms, true);
				}
				if (stem != null) {
					result = new StemmerOverrideFilter(result, stem);
					result = new PorterStemFilter(result);
				}
				return new TokenStreamComponents(source, result);
			}

			@Override
			protected TokenStream normalize(String fieldName, TokenStream in) {
				return new ASCIIFoldingFilter(new LowerCaseFilter(in));
			}

		};
	}

}
