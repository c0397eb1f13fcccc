package com.mgsleep.kb.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.DrillSideways.DrillSidewaysResult;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.IOUtils;

/**
 * Searches the Lucene index {@link SearchIndexWriter} wrote: ranks, pages and highlights
 * hits and counts facets; immutable and safe to search from many threads.
 */
final class SearchIndex implements Closeable {

	/**
	 * The best hits get a bonus when their title holds the words close together; scoring
	 * proximity for every hit of a broad query would double its cost.
	 */
	private static final int RESCORE_WINDOW = 200;

	private static final double PROXIMITY_WEIGHT = 2.0;

	/**
	 * How many answered requests are kept. The index never changes (a reload builds a new
	 * one), so the same request always gets the same results; readers repeat the common
	 * queries, and a page of results takes a few kilobytes.
	 */
	private static final int ANSWERS_KEPT = 512;

	/** Expanded typo-tolerant words kept: each is a few term references. */
	private static final int TYPO_EXPANSIONS_KEPT = 1024;

	private final SearchQueryBuilder queries;

	private final FacetsConfig facetsConfig = SearchIndexWriter.facetsConfig();

	private final FacetCounts facetCounts;

	private final IndexSearcher searcher;

	private final SortedSetDocValuesReaderState facetState;

	private final HitReader hits;

	private final Answers answers;

	private final Spelling spelling;

	private final List<Directory> directories;

	private volatile List<FacetValue> topicsByClaims;

	private final int size;

	private final KeptResults answered = new KeptResults(ANSWERS_KEPT, this::run);

	SearchIndex(SearchAnalyzers analyzers, Map<Facet, Map<String, String>> labels, IndexReader reader,
			Analyzer indexAnalyzer, List<Directory> directories) throws IOException {
		this.directories = directories;
		this.facetCounts = new FacetCounts(labels);
		this.searcher = new IndexSearcher(reader);
		this.queries = new SearchQueryBuilder(analyzers, (word) -> documentsWith(reader, analyzers, word) > 0,
				(word) -> documentsWith(reader, analyzers, word) * 2 > reader.numDocs(),
				new TypoExpansions(this.searcher, TYPO_EXPANSIONS_KEPT));
		this.facetState = new DefaultSortedSetDocValuesReaderState(reader, this.facetsConfig);
		this.size = reader.numDocs();
		this.hits = new HitReader(this.searcher, new Highlights(this.searcher, indexAnalyzer));
		this.answers = new Answers(this.searcher, this.facetsConfig, this.hits);
		this.spelling = new Spelling(reader, analyzers);
	}

	/** How many documents hold a word in their title or text, at most. */
	private static int documentsWith(IndexReader reader, SearchAnalyzers analyzers, String word) {
		try {
			String stem = analyzers.stem(word);
			return Math.max(reader.docFreq(new Term(SearchQueryBuilder.TITLE, stem)),
					reader.docFreq(new Term(SearchQueryBuilder.TEXT, stem)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Closes the index files, so that their folder can be deleted. */
	@Override
	public void close() throws IOException {
		IOUtils.close(this.searcher.getIndexReader(), () -> IOUtils.close(this.directories));
	}

	/** How many documents the index holds. */
	int size() {
		return this.size;
	}

	/** Every topic with its number of claims, most first; counted on first use. */
	List<FacetValue> topicsByClaims() {
		List<FacetValue> topics = this.topicsByClaims;
		if (topics == null) {
			topics = search(SearchRequest.of(null, Map.of(Facet.TYPE, ResultType.CLAIM.getSlug()), null))
				.facet(Facet.TOPIC);
			this.topicsByClaims = topics;
		}
		return topics;
	}

	/**
	 * Runs a search.
	 * @param request the checked request
	 * @return one page of results with facet counts
	 * @throws InvalidSearchException when a filter names a topic, form or source that
	 * does not exist
	 */
	SearchResults search(SearchRequest request) {
		return this.answered.get(request);
	}

	/** A search run afresh, past the kept answers. */
	SearchResults searchAnew(SearchRequest request) {
		return run(request);
	}

	private SearchResults run(SearchRequest request) {
		checkFilterValues(request);
		SearchQueryBuilder.TextQuery text = request.text().isEmpty() ? null : this.queries.build(request.text());
		if (!request.text().isEmpty() && text == null) {
			return new SearchResults(request, 0, List.of(), List.of(), Map.of(), null,
					"There are no words to search for in your query; punctuation and words such as \"the\" are"
							+ " ignored. Try the name of a form, a topic or a symptom.");
		}
		Query base = (text != null) ? text.matching() : new MatchAllDocsQuery();
		DrillDownQuery query = new DrillDownQuery(this.facetsConfig,
				FunctionScoreQuery.boostByValue(base, DoubleValuesSource.fromFloatField(SearchIndexWriter.BOOST)));
		request.filters().forEach((facet, value) -> query.add(facet.getSlug(), value));
		try {
			int window = Math.max(RESCORE_WINDOW, request.page() * SearchRequest.PAGE_SIZE);
			DrillSidewaysResult result = new DrillSideways(this.searcher, this.facetsConfig, this.facetState)
				.search(query, window);
			TopDocs ranked = (text != null && text.proximity() != null)
					? QueryRescorer.rescore(this.searcher, result.hits, text.proximity(), PROXIMITY_WEIGHT, window)
					: result.hits;
			List<SearchHit> hits = this.hits.read(ranked.scoreDocs, request.page(),
					(text != null) ? text.matching() : null);
			String suggestion = (text != null) ? this.spelling.suggest(request.text()) : null;
			// a misspelled word is weighed as the word it was meant to be: "magnesum"
			// names
			// no form, as "magnesium" does not
			SearchQueryBuilder.TextQuery named = (suggestion != null) ? this.queries.build(suggestion) : text;
			return new SearchResults(request, result.hits.totalHits.value, this.answers.of(request, named), hits,
					this.facetCounts.of(result, request), suggestion, null);
		}
		catch (IndexSearcher.TooManyClauses ex) {
			throw new InvalidSearchException(
					"Your search has too many words and synonyms to look for at once;" + " shorten it.");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void checkFilterValues(SearchRequest request) {
		for (Facet facet : List.of(Facet.TOPIC, Facet.FORM, Facet.SOURCE)) {
			String value = request.filter(facet);
			if (value != null && !this.facetCounts.exists(facet, value)) {
				throw new InvalidSearchException(
						"There is no " + facet.getLabel().toLowerCase(Locale.ROOT) + " `" + value + "`.");
			}
		}
	}

}
