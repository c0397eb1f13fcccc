package com.mgsleep.kb.search;

import java.util.List;
import java.util.Map;

/**
 * One searchable thing as the index sees it.
 *
 * @param type what it is
 * @param id its id, slug or key
 * @param title the statement, name or title: matches here rank highest
 * @param text everything else worth finding it by (rationale, notes, summary, prose), as
 * snippets show it
 * @param searched the text as it is searched, when it differs from what snippets show: a
 * claim's snippet names the source of each note, but a note does not match by its
 * source's title
 * @param url the page that shows it
 * @param facets the facet values it carries, by dimension (its own type is added)
 */
public record SearchDocument(ResultType type, String id, String title, String text, String searched, String url,
		Map<Facet, List<String>> facets) {

	/** A document searched by the text it shows. */
	public SearchDocument(ResultType type, String id, String title, String text, String url,
			Map<Facet, List<String>> facets) {
		this(type, id, title, text, text, url, facets);
	}

	/** The one value of a single-valued facet, or {@code null}. */
	String facet(Facet facet) {
		List<String> values = this.facets.getOrDefault(facet, List.of());
		return values.isEmpty() ? null : values.get(0);
	}

}
