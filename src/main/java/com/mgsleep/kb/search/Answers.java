package com.mgsleep.kb.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TopDocs;

/**
 * The forms and doses a query names, listed above the results: "glycinate dose" is
 * answered first by the glycinate form page and the doses stated for glycinate, which
 * would otherwise sit below every claim that mentions them.
 */
final class Answers {

	/** How many of each type are shown, forms first. */
	private static final Map<ResultType, Integer> LIMITS = Map.of(ResultType.FORM, 2, ResultType.DOSE, 3);

	private final IndexSearcher searcher;

	private final FacetsConfig facetsConfig;

	private final HitReader hits;

	Answers(IndexSearcher searcher, FacetsConfig facetsConfig, HitReader hits) {
		this.searcher = searcher;
		this.facetsConfig = facetsConfig;
		this.hits = hits;
	}

	/**
	 * The answers for a query.
	 * @param request the request; answers are only for its first page and when it does
	 * not choose a type
	 * @param text its text query
	 * @return the forms, then the doses, best first; empty when the query names none
	 * @throws IOException when the index cannot be read
	 */
	List<SearchHit> of(SearchRequest request, SearchQueryBuilder.TextQuery text) throws IOException {
		if (text == null || text.named() == null || request.page() != 1 || request.filter(Facet.TYPE) != null) {
			return List.of();
		}
		List<SearchHit> answers = new ArrayList<>();
		for (ResultType type : List.of(ResultType.FORM, ResultType.DOSE)) {
			DrillDownQuery query = new DrillDownQuery(this.facetsConfig, text.named());
			request.filters().forEach((facet, value) -> query.add(facet.getSlug(), value));
			query.add(Facet.TYPE.getSlug(), type.getSlug());
			TopDocs top = this.searcher.search(query, LIMITS.get(type));
			answers.addAll(this.hits.read(top.scoreDocs, 1, text.matching()));
		}
		return answers;
	}

}
