package com.mgsleep.kb.web.search;

import java.util.Map;

import com.mgsleep.kb.search.Facet;
import com.mgsleep.kb.search.SearchRequest;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Builds the links of the search page, so that every result list, filter and page has an
 * address a reader can share.
 */
final class SearchPage {

	private final SearchRequest request;

	SearchPage(SearchRequest request) {
		this.request = request;
	}

	/**
	 * The current search with a facet set to {@code value} (or cleared when it already
	 * is).
	 */
	String toggle(Facet facet, String value) {
		return url(facet, value.equals(this.request.filter(facet)) ? null : value, 1);
	}

	/** The current search without a filter. */
	String without(Facet facet) {
		return url(facet, null, 1);
	}

	/** Another page of the current search. */
	String page(int page) {
		return url(null, null, page);
	}

	/** The current filters with another text, such as a corrected spelling. */
	String withText(String text) {
		return url(this.request.filters(), text, null, null, 1);
	}

	private String url(Facet changed, String value, int page) {
		return url(this.request.filters(), this.request.text(), changed, value, page);
	}

	private static String url(Map<Facet, String> filters, String text, Facet changed, String value, int page) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/search");
		if (!text.isEmpty()) {
			url.queryParam("q", text);
		}
		for (Map.Entry<Facet, String> filter : filters.entrySet()) {
			if (filter.getKey() != changed) {
				url.queryParam(filter.getKey().getSlug(), filter.getValue());
			}
		}
		if (changed != null && value != null) {
			url.queryParam(changed.getSlug(), value);
		}
		if (page > 1) {
			url.queryParam("page", page);
		}
		return url.encode().build().toUriString();
	}

}
