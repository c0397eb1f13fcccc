package com.mgsleep.kb.web.search;

import java.util.EnumMap;
import java.util.Map;

import com.mgsleep.kb.search.Facet;
import com.mgsleep.kb.search.SearchRequest;
import io.swagger.v3.oas.annotations.Parameter;

/**
 * The query string of {@code /search} and {@code /api/search}, bound by Spring MVC:
 * {@code q}, one parameter per {@link Facet} ({@code type}, {@code topic}, {@code form},
 * {@code verdict}, {@code certainty}, {@code source}) and {@code page}.
 */
record SearchParameters(@Parameter(description = "The query text, up to 500 characters") String q,
		@Parameter(description = "Only results of this type") String type,
		@Parameter(description = "Only results about this topic (a slug from /api/topics)") String topic,
		@Parameter(description = "Only results about this form (a slug from /api/forms)") String form,
		@Parameter(description = "Only claims with this verdict") String verdict,
		@Parameter(description = "Only claims with this certainty") String certainty,
		@Parameter(description = "Only results linked to this web article (its citation key)") String source,
		@Parameter(description = "The page, from 1 to 50; default 1") Integer page) {

	SearchRequest toRequest() {
		Map<Facet, String> filters = new EnumMap<>(Facet.class);
		filters.put(Facet.TYPE, this.type);
		filters.put(Facet.TOPIC, this.topic);
		filters.put(Facet.FORM, this.form);
		filters.put(Facet.VERDICT, this.verdict);
		filters.put(Facet.CERTAINTY, this.certainty);
		filters.put(Facet.SOURCE, this.source);
		return SearchRequest.of(this.q, filters, this.page);
	}

}
