package com.mgsleep.kb.search;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchQueryBuilderTests {

	private final SearchQueryBuilder queries = new SearchQueryBuilder(new SearchAnalyzers(List.of(), List.of()),
			(word) -> word.equals("glycinate"), (word) -> false, UnaryOperator.identity());

	@Test
	void buildWhenUnknownWordsThenEachIsTypoTolerant() {
		assertThat(fuzzyWords(this.queries.build("glycinte magnesum").matching())).isEqualTo(2);
		assertThat(fuzzyWords(this.queries.build("glycinate").matching())).isZero();
	}

	@Test
	void buildWhenManyUnknownWordsThenOnlyTheFirstAreTypoTolerant() {
		String text = "alphaa bravoo charlie deltaa echoo foxtrot golfff";
		assertThat(fuzzyWords(this.queries.build(text).matching())).isEqualTo(Typos.MAX_WORDS);
	}

	@Test
	void buildWhenAWordIsLongerThanAnyRealWordThenItIsMatchedExactly() {
		String longest = "a".repeat(Typos.MAX_LENGTH);
		assertThat(fuzzyWords(this.queries.build(longest).matching())).isEqualTo(1);
		assertThat(fuzzyWords(this.queries.build(longest + "b").matching())).isZero();
	}

	/** Typo-tolerant words in a query: each has one fuzzy clause per field searched. */
	private static long fuzzyWords(Query query) {
		AtomicInteger titleClauses = new AtomicInteger();
		query.visit(new QueryVisitor() {

			@Override
			public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
				return this;
			}

			@Override
			public void visitLeaf(Query leaf) {
				if (leaf instanceof FuzzyQuery fuzzy && fuzzy.getField().equals(SearchQueryBuilder.TITLE_EXACT)) {
					titleClauses.incrementAndGet();
				}
			}

		});
		return titleClauses.get();
	}

}
