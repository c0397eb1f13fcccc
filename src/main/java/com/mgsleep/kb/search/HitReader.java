package com.mgsleep.kb.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.mgsleep.kb.vocabulary.Certainty;
import com.mgsleep.kb.vocabulary.SlugEnum;
import com.mgsleep.kb.vocabulary.Verdict;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/**
 * Reads a page of hits: what each is, where it lives, and its title and snippet with the
 * matches marked.
 */
final class HitReader {

	private final IndexSearcher searcher;

	private final Highlights highlights;

	HitReader(IndexSearcher searcher, Highlights highlights) {
		this.searcher = searcher;
		this.highlights = highlights;
	}

	/**
	 * One page of hits.
	 * @param scoreDocs the ranked hits
	 * @param page the page, from 1
	 * @param text the text query to highlight, or {@code null}
	 * @return the page's hits
	 * @throws IOException when the index cannot be read
	 */
	List<SearchHit> read(ScoreDoc[] scoreDocs, int page, Query text) throws IOException {
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
				snippet = (snippet != null) ? snippet
						: Highlights.plainSnippet(Objects.requireNonNullElseGet(document.get(SearchQueryBuilder.TEXT),
								() -> document.get(SearchIndexWriter.SHOWN_TEXT)));
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
		BinaryDocValues values = DocValues.getBinary(leaf.reader(), SearchIndexWriter.ABOUT);
		if (!values.advanceExact(docId - leaf.docBase)) {
			throw new IllegalStateException("Document " + docId + " has no " + SearchIndexWriter.ABOUT);
		}
		String[] about = values.binaryValue().utf8ToString().split(SearchIndexWriter.ABOUT_SEPARATOR, -1);
		for (int i = 3; i < about.length; i++) {
			about[i] = about[i].isEmpty() ? null : about[i];
		}
		return about;
	}

	private static <E extends Enum<E>> E slugEnum(Class<E> type, String slug) {
		return (slug != null) ? SlugEnum.fromSlug(type, slug) : null;
	}

}
