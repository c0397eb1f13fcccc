package com.mgsleep.kb.search;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One page of results with facet counts.
 *
 * @param request what was asked
 * @param total how many results match in all
 * @param answers the forms and doses the query names, shown above the results on the
 * first page; they are also among the results
 * @param hits this page's results, best first
 * @param facets counts per facet value; a facet's counts ignore its own filter, so a
 * reader sees what switching to another value would give
 * @param suggestion the query with misspelled words corrected ("did you mean"), or
 * {@code null} when every word is one the knowledge base contains
 * @param notice a hint for the reader when the text held nothing searchable, else
 * {@code null}
 */
public record SearchResults(SearchRequest request, long total, List<SearchHit> answers, List<SearchHit> hits,
		Map<Facet, List<FacetValue>> facets, String suggestion, String notice) {

	/** Results are kept and shared between readers, so nothing in them can change. */
	public SearchResults {
		answers = List.copyOf(answers);
		hits = List.copyOf(hits);
		Map<Facet, List<FacetValue>> copied = new EnumMap<>(Facet.class);
		facets.forEach((facet, values) -> copied.put(facet, List.copyOf(values)));
		facets = Collections.unmodifiableMap(copied);
	}

	public int pages() {
		return (int) Math.min(SearchRequest.MAX_PAGE,
				(this.total + SearchRequest.PAGE_SIZE - 1) / SearchRequest.PAGE_SIZE);
	}

	/** What a reader sees for the value a facet is filtered on, or {@code null}. */
	public String selectedLabel(Facet facet) {
		return facet(facet).stream().filter(FacetValue::selected).map(FacetValue::label).findFirst().orElse(null);
	}

	public List<FacetValue> facet(Facet facet) {
		return this.facets.getOrDefault(facet, List.of());
	}

}
