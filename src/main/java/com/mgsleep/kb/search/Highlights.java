package com.mgsleep.kb.search;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Encoder;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.NullFragmenter;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;

/**
 * Marks the words that matched, as HTML that is safe to insert: the text is escaped and
 * the only markup added is {@code <mark>}.
 */
final class Highlights {

	static final Highlights NONE = new Highlights(null, null);

	private static final int SNIPPET_LENGTH = 200;

	private static final Encoder ENCODER = new SimpleHTMLEncoder();

	private final Query query;

	private final Analyzer analyzer;

	/**
	 * @param query the text query rewritten against the index, so that typo-tolerant
	 * queries are expanded to the words they matched
	 * @param analyzer the analyzer the stored text is re-analysed with
	 */
	Highlights(Query query, Analyzer analyzer) {
		this.query = query;
		this.analyzer = analyzer;
	}

	String title(String text) {
		String marked = mark(text, true);
		return (marked != null) ? marked : ENCODER.encodeText(text);
	}

	String snippet(String text) {
		String marked = mark(text, false);
		if (marked != null) {
			return marked;
		}
		String start = (text.length() <= SNIPPET_LENGTH) ? text : text.substring(0,
				text.lastIndexOf(' ', SNIPPET_LENGTH) > 0 ? text.lastIndexOf(' ', SNIPPET_LENGTH) : SNIPPET_LENGTH)
				+ " …";
		return ENCODER.encodeText(start);
	}

	private String mark(String text, boolean whole) {
		if (this.query == null || text.isEmpty()) {
			return null;
		}
		QueryScorer scorer = new QueryScorer(this.query);
		Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), ENCODER, scorer);
		highlighter.setTextFragmenter(whole ? new NullFragmenter() : new SimpleSpanFragmenter(scorer, SNIPPET_LENGTH));
		try {
			String[] fragments = highlighter.getBestFragments(this.analyzer, SearchQueryBuilder.TEXT, text, 2);
			return (fragments.length == 0) ? null : String.join(" … ", fragments);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InvalidTokenOffsetsException ex) {
			return null;
		}
	}

}
