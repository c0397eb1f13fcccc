package com.mgsleep.kb.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean": the query with each word the knowledge base does not contain replaced
 * by the closest word it does, chosen from the index's own words (Lucene's
 * {@link DirectSpellChecker}), so no dictionary has to be kept. A query whose every word
 * occurs gets no suggestion, however few results it has.
 */
final class Spelling {

	/** Shorter words are too often a different word one edit away ("RLS", "UL"). */
	private static final int MIN_LENGTH = 4;

	private final DirectSpellChecker checker = new DirectSpellChecker();

	private final IndexReader reader;

	private final SearchAnalyzers analyzers;

	Spelling(IndexReader reader, SearchAnalyzers analyzers) {
		this.reader = reader;
		this.analyzers = analyzers;
		this.checker.setMinQueryLength(MIN_LENGTH);
	}

	/**
	 * The query spelled as the knowledge base spells it.
	 * @param text what the reader typed
	 * @return the corrected text, or {@code null} when no word needs correcting
	 */
	String suggest(String text) {
		StringBuilder corrected = new StringBuilder(text);
		int shift = 0;
		try (TokenStream tokens = this.analyzers.exact().tokenStream(SearchQueryBuilder.WORDS, text)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
			tokens.reset();
			// only the words the search looks for: a long query of unknown words would
			// otherwise cost an edit-distance scan of the index per word
			int checked = 0;
			while (checked++ < QueryWords.MAX_WORDS && tokens.incrementToken()) {
				String better = correction(term.toString());
				if (better != null) {
					int start = offset.startOffset() + shift;
					int end = offset.endOffset() + shift;
					if (Character.isUpperCase(corrected.charAt(start))) {
						better = better.substring(0, 1).toUpperCase(Locale.ROOT) + better.substring(1);
					}
					corrected.replace(start, end, better);
					shift += better.length() - (end - start);
				}
			}
			tokens.end();
			return corrected.toString().equals(text) ? null : corrected.toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String correction(String word) throws IOException {
		if (word.length() < MIN_LENGTH || word.length() > SearchQueryBuilder.MAX_TYPO_TOLERANT_LENGTH
				|| word.chars().anyMatch(Character::isDigit)
				|| this.reader.docFreq(new Term(SearchQueryBuilder.WORDS, word)) > 0 || isSynonym(word)) {
			return null;
		}
		SuggestWord[] suggestions = this.checker.suggestSimilar(new Term(SearchQueryBuilder.WORDS, word), 1,
				this.reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
		return (suggestions.length > 0) ? suggestions[0].string : null;
	}

	/** A word of the editors' synonyms is understood even when no text uses it. */
	private boolean isSynonym(String word) {
		return !SearchAnalyzers.tokens(this.analyzers.exactQuery(), word).equals(List.of(word));
	}

}
