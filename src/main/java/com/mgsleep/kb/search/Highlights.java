package com.mgsleep.kb.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Marks the words that matched, as HTML that is safe to insert: the text is escaped and
 * the only markup added is {@code <mark>}. Titles are marked whole; the text gives the
 * best one or two passages, or its opening when nothing in it matched.
 */
final class Highlights {

	private static final int PASSAGE_LENGTH = 160;

	private static final int SNIPPET_LENGTH = 240;

	private static final SimpleHTMLEncoder ENCODER = new SimpleHTMLEncoder();

	private static final Pattern TRAILING_SPACE = Pattern.compile("\\s+(?= … |$)");

	private final UnifiedHighlighter highlighter;

	Highlights(IndexSearcher searcher, Analyzer indexAnalyzer) {
		UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, indexAnalyzer)
			// a typo-tolerant or exact match is found in another field than the one shown
			.withFieldMatcher((field) -> true)
			.withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
			.withHighlightPhrasesStrictly(true)
			// typo-tolerant queries arrive rewritten to the words they matched, which
			// is far cheaper than matching each hit's text against edit-distance automata
			.withHandleMultiTermQuery(false);
		this.highlighter = new UnifiedHighlighter(builder) {

			@Override
			protected BreakIterator getBreakIterator(String field) {
				return SearchQueryBuilder.TITLE.equals(field) ? new WholeBreakIterator()
						: LengthGoalBreakIterator.createClosestToLength(new SentenceBreaks(), PASSAGE_LENGTH, 0.5f);
			}

		};
	}

	/**
	 * Titles and snippets of hits.
	 * @param query the text query, rewritten against the index
	 * @param docIds the hits
	 * @return title and snippet HTML per hit, in the order of {@code docIds}
	 */
	Map<String, String[]> of(Query query, int[] docIds) {
		try {
			Map<String, String[]> marked = this.highlighter.highlightFields(
					new String[] { SearchQueryBuilder.TITLE, SearchQueryBuilder.TEXT, SearchIndexWriter.SHOWN_TEXT },
					query, docIds, new int[] { 1, 2, 2 });
			String[] snippets = marked.get(SearchQueryBuilder.TEXT);
			String[] shown = marked.remove(SearchIndexWriter.SHOWN_TEXT);
			for (int i = 0; i < snippets.length; i++) {
				// a document holds one of the two: the text it is searched by, or the
				// text it shows when that differs
				snippets[i] = (snippets[i] != null) ? snippets[i] : shown[i];
				// passages end where the next sentence starts, after the space between
				// them
				snippets[i] = (snippets[i] != null) ? TRAILING_SPACE.matcher(snippets[i]).replaceAll("") : null;
			}
			return marked;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A title without highlights. */
	static String plainTitle(String title) {
		return ENCODER.encodeText(title);
	}

	/**
	 * The opening sentences of a text without highlights, as many as fit the snippet; a
	 * first sentence too long for it is cut at a word.
	 */
	static String plainSnippet(String text) {
		BreakIterator sentences = new SentenceBreaks();
		sentences.setText(text);
		int end = Math.max(0, sentences.next());
		for (int next = sentences.next(); next != BreakIterator.DONE
				&& next <= SNIPPET_LENGTH; next = sentences.next()) {
			end = next;
		}
		if (end <= SNIPPET_LENGTH) {
			return ENCODER.encodeText(text.substring(0, end).strip());
		}
		int cut = text.lastIndexOf(' ', SNIPPET_LENGTH);
		return ENCODER.encodeText(text.substring(0, (cut > 0) ? cut : SNIPPET_LENGTH)) + " …";
	}

}
