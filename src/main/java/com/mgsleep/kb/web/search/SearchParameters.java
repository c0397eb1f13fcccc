package com.mgsleep.kb.web.search;

import java.util.EnumMap;
import java.util.Map;

import com.mgsleep.kb.search.Facet;
import com.mgsleep.kb.search.SearchRequest;

/**
 * The query string of {@code /search} and {@code /api/search}, bound by Spring MVC:
 * {@code q}, one parameter per {@link Facet} ({@code type}, {@code topic}, {@code form},
 * {@code verdict}, {@code certainty}, {@code source}) and {@code page}.
 *
 * @param q the query text
 * @param type a result type slug
 * @param topic a topic slug
 * @param form a form slug
 * @param verdict a verdict slug
 * @param certainty an evidence certainty slug
 * @param source a source key
 * @param page the page, from 1
 */
record SearchParameters(String q, String type, String topic, String form, String verdict, String certainty,
		String source, Integer page) {

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
