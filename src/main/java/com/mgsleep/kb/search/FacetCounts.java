package com.mgsleep.kb.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.facet.DrillSideways.DrillSidewaysResult;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.LabelAndValue;

/**
 * Counts the results per facet value, each facet ignoring its own filter, so a reader
 * sees what choosing another value would give.
 */
final class FacetCounts {

	private static final int MAX_FACET_VALUES = 500;

	private final Map<Facet, Map<String, String>> labels;

	FacetCounts(Map<Facet, Map<String, String>> labels) {
		this.labels = labels;
	}

	/** Whether a facet has this value; readers see only values that exist. */
	boolean exists(Facet facet, String value) {
		return labels(facet).containsKey(value);
	}

	Map<Facet, List<FacetValue>> of(DrillSidewaysResult result, SearchRequest request) throws IOException {
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

	private Map<String, String> labels(Facet facet) {
		return this.labels.getOrDefault(facet, Map.of());
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
