package com.mgsleep.kb.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.UnaryOperator;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * Typo-tolerant queries expanded once into the index's words they match. Expanding one
 * builds an edit-distance automaton and walks the field's terms with it, the dearest step
 * of a search; without this the same word was expanded again for each use in one search
 * (the hits, the answers, the highlights). The index never changes, so an expansion stays
 * right for every later search, and the most recent ones are kept.
 */
final class TypoExpansions implements UnaryOperator<Query> {

	private final IndexSearcher searcher;

	private final RecentlyUsed<Query, Query> kept;

	TypoExpansions(IndexSearcher searcher, int capacity) {
		this.searcher = searcher;
		this.kept = new RecentlyUsed<>(capacity);
	}

	@Override
	public Query apply(Query typoTolerant) {
		Query expanded = this.kept.get(typoTolerant);
		if (expanded == null) {
			expanded = expand(typoTolerant);
			this.kept.putIfAbsent(typoTolerant, expanded);
		}
		return expanded;
	}

	private Query expand(Query typoTolerant) {
		try {
			return this.searcher.rewrite(typoTolerant);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
