package com.mgsleep.kb.search;

import com.mgsleep.kb.claim.Verdict;
import com.mgsleep.kb.evidence.Certainty;
import com.mgsleep.kb.model.SlugEnum;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.FloatDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.DrillSideways.DrillSidewaysResult;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOUtils;

/**
 * A Lucene index of every searchable thing, built once from the imported model into files
 * mapped into memory; immutable afterwards and safe to search from many threads.
 */
final class SearchIndex implements Closeable {

	private static final String BOOST = "boost";

	/** What a hit shows besides its text: type, id, URL, verdict and certainty. */
	private static final String ABOUT = "about";

	/** Never in a slug, key or site path. */
	private static final String ABOUT_SEPARATOR = "\u001f";

	private static final int MAX_FACET_VALUES = 500;

	/**
	 * The best hits get a bonus when their title holds the words close together; scoring
	 * proximity for every hit of a broad query would double its cost.
	 */
	private static final int RESCORE_WINDOW = 200;

	private static final double PROXIMITY_WEIGHT = 2.0;

	/** Fewer documents than this are not worth a thread of their own. */
	private static final int MIN_SLICE = 5_000;

	private final SearchAnalyzers analyzers;

	private final SearchQueryBuilder queries;

	private final FacetsConfig facetsConfig = facetsConfig();

	private final Map<Facet, Map<String, String>> labels;

	private final IndexSearcher searcher;

	private final SortedSetDocValuesReaderState facetState;

	private final Highlights highlights;

	private final List<Directory> directories;

	private final List<FacetValue> topicsByClaims;

	private final int size;

	private SearchIndex(SearchAnalyzers analyzers, Map<Facet, Map<String, String>> labels, IndexReader reader,
			Analyzer indexAnalyzer, List<Directory> directories) throws IOException {
		this.directories = directories;
		this.analyzers = analyzers;
		this.labels = labels;
		this.searcher = new IndexSearcher(reader);
		this.queries = new SearchQueryBuilder(analyzers, (word) -> known(reader, analyzers, word));
		this.facetState = new DefaultSortedSetDocValuesReaderState(reader, this.facetsConfig);
		this.size = reader.numDocs();
		this.highlights = new Highlights(this.searcher, indexAnalyzer);
		this.topicsByClaims = search(SearchRequest.of(null, Map.of(Facet.TYPE, ResultType.CLAIM.getSlug()), null))
			.facet(Facet.TOPIC);
	}

	/**
	 * Indexes documents.
	 * @param documents what to index, in the order ties are shown
	 * @param synonymGroups the editors' synonyms
	 * @param labels what readers see for each facet value, by facet
	 * @param folder an empty folder for the index files, which the operating system maps
	 * into memory: read through its page cache, they search faster than the same index on
	 * the Java heap, and they keep the heap small
	 * @return the index, to be closed before its folder is deleted
	 */
	static SearchIndex build(List<SearchDocument> documents, List<List<String>> synonymGroups,
			Map<Facet, Map<String, String>> labels, Path folder) {
		SearchAnalyzers analyzers = new SearchAnalyzers(synonymGroups);
		Analyzer perField = new PerFieldAnalyzerWrapper(analyzers.stemmed(),
				Map.of(SearchQueryBuilder.TITLE_EXACT, analyzers.exact()));
		// analysis is the costly part: index consecutive slices on every core, then read
		// them as one index in slice order, so ties keep the documents' order
		int slices = (int) Math.max(1,
				Math.min(Runtime.getRuntime().availableProcessors(), documents.size() / MIN_SLICE));
		int size = (documents.size() + slices - 1) / Math.max(1, slices);
		List<Directory> directories = IntStream.range(0, slices)
			.parallel()
			.mapToObj((slice) -> index(
					documents.subList(Math.min(documents.size(), slice * size),
							Math.min(documents.size(), (slice + 1) * size)),
					perField, folder.resolve("slice-" + slice)))
			.toList();
		try {
			List<IndexReader> readers = new ArrayList<>();
			for (Directory directory : directories) {
				readers.add(DirectoryReader.open(directory));
			}
			return new SearchIndex(analyzers, labels, new MultiReader(readers.toArray(IndexReader[]::new)), perField,
					directories);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Directory index(List<SearchDocument> documents, Analyzer analyzer, Path folder) {
		FacetsConfig config = facetsConfig();
		IndexWriterConfig writerConfig = new IndexWriterConfig(analyzer).setRAMBufferSizeMB(128)
			.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
		try (IndexWriter writer = new IndexWriter(new MMapDirectory(folder), writerConfig)) {
			for (SearchDocument document : documents) {
				writer.addDocument(config.build(luceneDocument(document)));
			}
			writer.commit();
			return writer.getDirectory();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean known(IndexReader reader, SearchAnalyzers analyzers, String word) {
		try {
			String stem = analyzers.stem(word);
			return reader.docFreq(new Term(SearchQueryBuilder.TITLE, stem)) > 0
					|| reader.docFreq(new Term(SearchQueryBuilder.TEXT, stem)) > 0;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static FacetsConfig facetsConfig() {
		FacetsConfig config = new FacetsConfig();
		for (Facet facet : Facet.values()) {
			config.setMultiValued(facet.getSlug(), true);
		}
		return config;
	}

	private static Document luceneDocument(SearchDocument source) {
		Document document = new Document();
		String about = String.join(ABOUT_SEPARATOR, source.type().getSlug(), source.id(), source.url(),
				Objects.requireNonNullElse(source.facet(Facet.VERDICT), ""),
				Objects.requireNonNullElse(source.facet(Facet.CERTAINTY), ""));
		document.add(new BinaryDocValuesField(ABOUT, new BytesRef(about)));
		document.add(new TextField(SearchQueryBuilder.TITLE, source.title(), Store.YES));
		document.add(new TextField(SearchQueryBuilder.TITLE_EXACT, source.title(), Store.NO));
		document.add(new TextField(SearchQueryBuilder.TEXT, source.text(), Store.YES));
		document.add(new FloatDocValuesField(BOOST, source.type().boost()));
		document.add(new SortedSetDocValuesFacetField(Facet.TYPE.getSlug(), source.type().getSlug()));
		source.facets()
			.forEach((facet, values) -> values.stream()
				.distinct()
				.forEach((value) -> document.add(new SortedSetDocValuesFacetField(facet.getSlug(), value))));
		return document;
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

	/** Every topic with its number of claims, most first. */
	List<FacetValue> topicsByClaims() {
		return this.topicsByClaims;
	}

	private Map<String, String> labels(Facet facet) {
		return this.labels.getOrDefault(facet, Map.of());
	}

	/**
	 * Runs a search.
	 * @param request the checked request
	 * @return one page of results with facet counts
	 * @throws InvalidSearchException when a filter names a topic, form or source that
	 * does not exist
	 */
	SearchResults search(SearchRequest request) {
		checkFilterValues(request);
		SearchQueryBuilder.TextQuery text = request.text().isEmpty() ? null : this.queries.build(request.text());
		if (!request.text().isEmpty() && text == null) {
			return new SearchResults(request, 0, List.of(), Map.of(),
					"There are no words to search for in your query; punctuation and words such as \"the\" are"
							+ " ignored. Try the name of a form, a topic or a symptom.");
		}
		Query base = (text != null) ? text.matching() : new MatchAllDocsQuery();
		DrillDownQuery query = new DrillDownQuery(this.facetsConfig,
				FunctionScoreQuery.boostByValue(base, DoubleValuesSource.fromFloatField(BOOST)));
		request.filters().forEach((facet, value) -> query.add(facet.getSlug(), value));
		try {
			int window = Math.max(RESCORE_WINDOW, request.page() * SearchRequest.PAGE_SIZE);
			DrillSidewaysResult result = new DrillSideways(this.searcher, this.facetsConfig, this.facetState)
				.search(query, window);
			TopDocs ranked = (text != null && text.proximity() != null)
					? QueryRescorer.rescore(this.searcher, result.hits, text.proximity(), PROXIMITY_WEIGHT, window)
					: result.hits;
			List<SearchHit> hits = hits(ranked.scoreDocs, request.page(), (text != null) ? text.matching() : null);
			return new SearchResults(request, result.hits.totalHits.value, hits, facets(result, request), null);
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
			if (value != null && !labels(facet).containsKey(value)) {
				throw new InvalidSearchException(
						"There is no " + facet.getLabel().toLowerCase(java.util.Locale.ROOT) + " `" + value + "`.");
			}
		}
	}

	private List<SearchHit> hits(ScoreDoc[] scoreDocs, int page, Query text) throws IOException {
		int first = (page - 1) * SearchRequest.PAGE_SIZE;
		if (first >= scoreDocs.length) {
			return List.of();
		}
		int last = Math.min(scoreDocs.length, first + SearchRequest.PAGE_SIZE);
		int[] docIds = Arrays.stream(scoreDocs, first, last).mapToInt((scoreDoc) -> scoreDoc.doc).toArray();
		Map<String, String[]> marked = (text != null) ? this.highlights.of(this.searcher.rewrite(text), docIds)
				: Map.of();
		StoredFields stored = this.searcher.storedFields();
		List<SearchHit> hits = new ArrayList<>();
		for (int i = 0; i < docIds.length; i++) {
			String[] about = about(docIds[i]);
			String title = marked.isEmpty() ? null : marked.get(SearchQueryBuilder.TITLE)[i];
			String snippet = marked.isEmpty() ? null : marked.get(SearchQueryBuilder.TEXT)[i];
			if (title == null || snippet == null) {
				// nothing to highlight: the stored text, escaped
				Document document = stored.document(docIds[i]);
				title = (title != null) ? title : Highlights.plainTitle(document.get(SearchQueryBuilder.TITLE));
				snippet = (snippet != null) ? snippet : Highlights.plainSnippet(document.get(SearchQueryBuilder.TEXT));
			}
			hits.add(new SearchHit(ResultType.fromSlug(about[0]), about[1], title, snippet, about[2],
					scoreDocs[first + i].score, slugEnum(Verdict.class, about[3]),
					slugEnum(Certainty.class, about[4])));
		}
		return hits;
	}

	/**
	 * Type, id, URL, verdict and certainty of a document, from doc values: reading stored
	 * fields would decompress a block of long article texts per hit.
	 */
	private String[] about(int docId) throws IOException {
		List<LeafReaderContext> leaves = this.searcher.getIndexReader().leaves();
		LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docId, leaves));
		BinaryDocValues values = DocValues.getBinary(leaf.reader(), ABOUT);
		if (!values.advanceExact(docId - leaf.docBase)) {
			throw new IllegalStateException("Document " + docId + " has no " + ABOUT);
		}
		String[] about = values.binaryValue().utf8ToString().split(ABOUT_SEPARATOR, -1);
		for (int i = 3; i < about.length; i++) {
			about[i] = about[i].isEmpty() ? null : about[i];
		}
		return about;
	}

	private static <E extends Enum<E>> E slugEnum(Class<E> type, String slug) {
		return (slug != null) ? SlugEnum.fromSlug(type, slug) : null;
	}

	private Map<Facet, List<FacetValue>> facets(DrillSidewaysResult result, SearchRequest request) throws IOException {
		Map<Facet, List<FacetValue>> facets = new EnumMap<>(Facet.class);
		for (Facet facet : Facet.values()) {
			String selected = request.filter(facet);
			List<FacetValue> values = new ArrayList<>();
			FacetResult counts = topChildren(result, facet);
			if (counts != null) {
				for (LabelAndValue value : counts.labelValues) {
					values.add(new FacetValue(value.label, labels(facet).getOrDefault(value.label, value.label),
							value.value.intValue(), value.label.equals(selected)));
				}
			}
			if (selected != null && values.stream().noneMatch(FacetValue::selected)) {
				values.add(new FacetValue(selected, labels(facet).getOrDefault(selected, selected), 0, true));
			}
			values.sort(Comparator.comparingInt(FacetValue::count).reversed().thenComparing(FacetValue::label));
			facets.put(facet, List.copyOf(values));
		}
		return facets;
	}

	private static FacetResult topChildren(DrillSidewaysResult result, Facet facet) throws IOException {
		try {
			return result.facets.getTopChildren(MAX_FACET_VALUES, facet.getSlug());
		}
		catch (IllegalArgumentException ex) {
			// a dimension no document carries (a knowledge base without sources, say)
			return null;
		}
	}

}
