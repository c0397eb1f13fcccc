package com.mgsleep.kb.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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

	/** One edit for short words and two for long ones, as the search looks them up. */
	private final DirectSpellChecker oneEdit = checker(1);

	private final DirectSpellChecker twoEdits = checker(2);

	private final IndexReader reader;

	private final SearchAnalyzers analyzers;

	Spelling(IndexReader reader, SearchAnalyzers analyzers) {
		this.reader = reader;
		this.analyzers = analyzers;
	}

	private static DirectSpellChecker checker(int edits) {
		DirectSpellChecker checker = new DirectSpellChecker();
		checker.setMinQueryLength(Typos.MIN_LENGTH);
		checker.setMaxEdits(edits);
		return checker;
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
			// only the words the search looks for, and at most as many unknown ones as it
			// looks up typo-tolerantly: each costs an edit-distance scan of the index
			Map<String, Optional<String>> corrections = new HashMap<>();
			int read = 0;
			while (read++ < QueryWords.MAX_WORDS && tokens.incrementToken()) {
				String word = term.toString();
				if (!corrections.containsKey(word)
						&& (corrections.size() >= Typos.MAX_WORDS || !needsCorrection(word))) {
					continue;
				}
				String better = corrections.computeIfAbsent(word, this::correction).orElse(null);
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

	private boolean needsCorrection(String word) throws IOException {
		return Typos.possible(word) && this.reader.docFreq(new Term(SearchQueryBuilder.WORDS, word)) == 0
				&& !isSynonym(word);
	}

	private Optional<String> correction(String word) {
		DirectSpellChecker checker = (Typos.edits(word) == 2) ? this.twoEdits : this.oneEdit;
		try {
			SuggestWord[] suggestions = checker.suggestSimilar(new Term(SearchQueryBuilder.WORDS, word), 1, this.reader,
					SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
			return (suggestions.length > 0) ? Optional.of(suggestions[0].string) : Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A word of the editors' synonyms is understood even when no text uses it. */
	private boolean isSynonym(String word) {
		return !SearchAnalyzers.tokens(this.analyzers.exactQuery(), word).equals(List.of(word));
	}

}
