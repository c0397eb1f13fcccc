package com.mgsleep.kb.search;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns what a reader typed into a Lucene query without a query syntax: text in double
 * quotes is a phrase, everything else is words, and characters such as {@code *:~^[]()}
 * are only punctuation, so no input can fail to parse.
 *
 * <p>
 * Ranking is built into the query: a match in a title (a claim's statement) counts three
 * times a match in the text; an exact word adds to its stemmed match; a word that occurs
 * nowhere in the index is looked up typo-tolerantly, one or two edits away; the words
 * standing close together in a title add a bonus to the best hits.
 */
final class SearchQueryBuilder {

	static final String TITLE = "title";

	static final String TITLE_EXACT = "title_exact";

	static final String TEXT = "text";

	/** What a document is ("Dose", "Form"), so that a query can name it. */
	static final String KIND = "kind";

	/** Title and text as written, unstemmed: the words "did you mean" chooses from. */
	static final String WORDS = "words";

	private static final int FUZZY_EXPANSIONS = 10;

	private final SearchAnalyzers analyzers;

	private final QueryBuilder stemmed;

	private final QueryBuilder exact;

	private final Predicate<String> knownWord;

	private final Predicate<String> commonWord;

	private final UnaryOperator<Query> typoExpansion;

	/**
	 * @param analyzers the analysis chains
	 * @param knownWord whether a lowercase word occurs in the index; typo tolerance is
	 * only used for words that do not, which keeps common queries fast and exact
	 * @param commonWord whether a lowercase word occurs in most documents ("magnesium"):
	 * such a word names no form or dose in particular
	 * @param typoExpansion what becomes of a typo-tolerant query, such as its expansion
	 * into the words it matches
	 */
	SearchQueryBuilder(SearchAnalyzers analyzers, Predicate<String> knownWord, Predicate<String> commonWord,
			UnaryOperator<Query> typoExpansion) {
		this.analyzers = analyzers;
		this.knownWord = knownWord;
		this.commonWord = commonWord;
		this.typoExpansion = typoExpansion;
		this.stemmed = builder(analyzers.stemmedQuery());
		this.exact = builder(analyzers.exactQuery());
	}

	private static QueryBuilder builder(Analyzer analyzer) {
		QueryBuilder builder = new QueryBuilder(analyzer);
		builder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
		return builder;
	}

	/**
	 * Builds the query for a text.
	 * @param text what the reader typed
	 * @return the query, or {@code null} when the text holds no searchable word
	 */
	TextQuery build(String text) {
		QueryText parts = QueryText.of(text);
		List<String> phrases = parts.phrases();
		List<List<String>> units = QueryWords.units(this.analyzers, parts.words());
		BooleanQuery.Builder core = new BooleanQuery.Builder();
		int optional = 0;
		int required = 0;
		BooleanQuery.Builder answers = new BooleanQuery.Builder();
		int typosLeft = Typos.MAX_WORDS;
		for (List<String> unit : units) {
			boolean typos = typosLeft > 0 && unit.size() == 1 && Typos.possible(unit.get(0))
					&& !this.knownWord.test(unit.get(0));
			typosLeft -= typos ? 1 : 0;
			Query query = wordQuery(unit, false, typos);
			if (query != null) {
				core.add(query, Occur.SHOULD);
				optional++;
			}
			Query named = (unit.size() > 1 || !this.commonWord.test(unit.get(0))) ? wordQuery(unit, true, typos) : null;
			if (named != null) {
				answers.add(named, Occur.SHOULD);
			}
		}
		for (String phrase : phrases.subList(0, Math.min(phrases.size(), QueryWords.MAX_WORDS))) {
			Query query = phraseQuery(phrase);
			if (query != null) {
				core.add(query, Occur.MUST);
				required++;
			}
		}
		if (optional + required == 0) {
			return null;
		}
		core.setMinimumNumberShouldMatch((optional <= 2) ? optional : (int) Math.ceil(optional * 0.6));
		Query matching = core.build();
		Query proximity = null;
		if (units.size() >= 2) {
			String words = String.join(" ", units.stream().map((unit) -> String.join(" ", unit)).toList());
			proximity = this.stemmed.createPhraseQuery(TITLE, words, 3);
		}
		return new TextQuery(matching, proximity, finish(answers));
	}

	/**
	 * A query for a text.
	 *
	 * @param matching what is searched and highlighted: the words
	 * @param proximity the words standing close together in a title, a bonus for the best
	 * hits; {@code null} for a single word
	 * @param named any word that is not in most documents, in a title or as what a
	 * document is: the forms and doses a query names ("glycinate", "dose"); {@code null}
	 * when every word is common
	 */
	record TextQuery(Query matching, Query proximity, Query named) {

	}

	/**
	 * @param named whether to look only at titles and what a document is, not its text
	 * @param typos whether to match the word with an edit or two
	 */
	private Query wordQuery(List<String> unit, boolean named, boolean typos) {
		String words = String.join(" ", unit);
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		add(query, this.stemmed.createBooleanQuery(TITLE, words), 3f);
		if (!named) {
			add(query, this.stemmed.createBooleanQuery(TEXT, words), 1f);
		}
		add(query, this.stemmed.createBooleanQuery(KIND, words), 0.5f);
		add(query, this.exact.createBooleanQuery(TITLE_EXACT, words), 1.5f);
		if (typos) {
			int edits = Typos.edits(words);
			add(query, typoQuery(TITLE_EXACT, words, edits), 1f);
			if (!named) {
				add(query, typoQuery(TEXT, this.analyzers.stem(words), edits), 0.3f);
			}
		}
		return finish(query);
	}

	private Query typoQuery(String field, String word, int edits) {
		return this.typoExpansion.apply(new FuzzyQuery(new Term(field, word), edits, 1, FUZZY_EXPANSIONS, true));
	}

	private Query phraseQuery(String phrase) {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		add(query, this.stemmed.createPhraseQuery(TITLE, phrase), 3f);
		add(query, this.stemmed.createPhraseQuery(TEXT, phrase), 1f);
		add(query, this.exact.createPhraseQuery(TITLE_EXACT, phrase), 2f);
		return finish(query);
	}

	private static void add(BooleanQuery.Builder query, Query clause, float boost) {
		if (clause != null) {
			query.add(new BoostQuery(clause, boost), Occur.SHOULD);
		}
	}

	private static Query finish(BooleanQuery.Builder query) {
		BooleanQuery built = query.build();
		return built.clauses().isEmpty() ? null : built;
	}

}
