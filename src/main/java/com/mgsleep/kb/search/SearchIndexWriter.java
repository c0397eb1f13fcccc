package com.mgsleep.kb.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.FloatDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Writes the Lucene index of every searchable thing, once, into files mapped into memory.
 */
final class SearchIndexWriter {

	static final String BOOST = "boost";

	/** What a hit shows besides its text: type, id, URL, verdict and certainty. */
	static final String ABOUT = "about";

	/** Never in a slug, key or site path. */
	static final String ABOUT_SEPARATOR = "\u001f";

	/** Fewer documents than this are not worth a thread of their own. */
	private static final int MIN_SLICE = 5_000;

	/** The share of the heap all slices' indexing buffers take together: an eighth. */
	private static final int RAM_BUFFER_SHARE = 8;

	private static final long MIN_RAM_BUFFER_MB = 16;

	private static final long MAX_RAM_BUFFER_MB = 128;

	/** A claim's text as its snippet shows it, naming the source of each note. */
	static final String SHOWN_TEXT = "shown";

	/**
	 * Text kept with its offsets in the postings, so that the highlighter finds matches
	 * there instead of analysing every hit's text again on each search.
	 */
	private static final FieldType STORED_WITH_OFFSETS = withOffsets(TextField.TYPE_STORED);

	/** A field's index options must agree across documents, stored or not. */
	private static final FieldType WITH_OFFSETS = withOffsets(TextField.TYPE_NOT_STORED);

	private static FieldType withOffsets(FieldType base) {
		FieldType type = new FieldType(base);
		type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		type.freeze();
		return type;
	}

	private SearchIndexWriter() {
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
		SearchAnalyzers analyzers = new SearchAnalyzers(synonymGroups, KeptWords.ofForms(documents));
		Analyzer perField = new PerFieldAnalyzerWrapper(analyzers.stemmed(),
				Map.of(SearchQueryBuilder.TITLE_EXACT, analyzers.exact(), SearchQueryBuilder.WORDS, analyzers.exact()));
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
		IndexWriterConfig writerConfig = new IndexWriterConfig(analyzer).setRAMBufferSizeMB(ramBufferMegabytes())
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

	/**
	 * How much each slice's writer buffers before it writes a segment: large buffers mean
	 * fewer segments to merge, but the slices buffer at once, beside the documents, and
	 * two 128 MB buffers left too little of a 512 MB heap for the rest.
	 */
	private static double ramBufferMegabytes() {
		long perSlice = Runtime.getRuntime().maxMemory() / RAM_BUFFER_SHARE
				/ Runtime.getRuntime().availableProcessors();
		return Math.max(MIN_RAM_BUFFER_MB, Math.min(MAX_RAM_BUFFER_MB, perSlice >> 20));
	}

	static FacetsConfig facetsConfig() {
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
		document.add(new Field(SearchQueryBuilder.TITLE, source.title(), STORED_WITH_OFFSETS));
		document.add(new TextField(SearchQueryBuilder.TITLE_EXACT, source.title(), Store.NO));
		if (source.searched().equals(source.text())) {
			document.add(new Field(SearchQueryBuilder.TEXT, source.text(), STORED_WITH_OFFSETS));
		}
		else {
			// the offsets of what is searched do not fit the text shown, so the
			// highlighter analyses the shown text afresh (claims' short texts only)
			document.add(new StoredField(SHOWN_TEXT, source.text()));
			document.add(new Field(SearchQueryBuilder.TEXT, source.searched(), WITH_OFFSETS));
		}
		// what it is, as a word: "glycinate dose" finds the doses of glycinate
		document.add(new TextField(SearchQueryBuilder.KIND, source.type().getLabel(), Store.NO));
		// every word as written, for "did you mean"
		document.add(new TextField(SearchQueryBuilder.WORDS, source.title() + " " + source.searched(), Store.NO));
		document.add(new FloatDocValuesField(BOOST, source.type().boost()));
		document.add(new SortedSetDocValuesFacetField(Facet.TYPE.getSlug(), source.type().getSlug()));
		source.facets()
			.forEach((facet, values) -> values.stream()
				.distinct()
				.forEach((value) -> document.add(new SortedSetDocValuesFacetField(facet.getSlug(), value))));
		return document;
	}

}
