package com.mgsleep.kb.search;

import java.util.List;
import java.util.Map;

/**
 * What the index is built from: the documents, the labels of facet values and the synonym
 * groups.
 *
 * @param documents every searchable thing
 * @param labels what readers see for each facet value, by facet and value
 * @param synonymGroups the editors' synonyms
 */
record SearchCorpus(List<SearchDocument> documents, Map<Facet, Map<String, String>> labels,
		List<List<String>> synonymGroups) {

}
