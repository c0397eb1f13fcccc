package com.mgsleep.kb.web.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.mgsleep.kb.search.Facet;
import com.mgsleep.kb.search.FacetValue;
import com.mgsleep.kb.search.SearchResults;
import com.mgsleep.kb.web.fragment.CertaintyView;

/**
 * The facet values of a result page as readers see them: the certainty's values read as
 * its badge does elsewhere on the site.
 */
final class FacetLabels {

	private FacetLabels() {
	}

	static Map<Facet, List<FacetValue>> of(SearchResults results) {
		Map<Facet, List<FacetValue>> facets = new LinkedHashMap<>();
		results.facets()
			.forEach((facet, values) -> facets.put(facet,
					values.stream().map((value) -> relabel(facet, value)).toList()));
		return facets;
	}

	private static FacetValue relabel(Facet facet, FacetValue value) {
		if (facet != Facet.CERTAINTY) {
			return value;
		}
		return new FacetValue(value.value(), CertaintyView.ofSlug(value.value()).label(), value.count(),
				value.selected());
	}

}
