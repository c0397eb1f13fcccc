package com.mgsleep.kb.search;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /search}: results with facets, or, before anything is asked, the topics to
 * search by.
 */
@Controller
class SearchController {

	private final SearchService search;

	SearchController(SearchService search) {
		this.search = search;
	}

	@GetMapping("/search")
	ModelAndView search(SearchParameters parameters) {
		SearchRequest request;
		try {
			request = parameters.toRequest();
			SearchResults results = request.isEmpty() ? null : this.search.search(request);
			return page(request, results, null, HttpStatus.OK);
		}
		catch (InvalidSearchException ex) {
			SearchRequest blank = SearchRequest.of(null, Map.of(), null);
			return page(blank, null, ex.getReason(), HttpStatus.BAD_REQUEST).addObject("typed", typed(parameters));
		}
	}

	private ModelAndView page(SearchRequest request, SearchResults results, String error, HttpStatus status) {
		ModelAndView page = new ModelAndView("search/search");
		page.setStatus(status);
		page.addObject("request", request);
		page.addObject("typed", request.text());
		page.addObject("results", results);
		page.addObject("error", error);
		page.addObject("links", new SearchPage(request));
		page.addObject("facets", Facet.values());
		page.addObject("maxLength", SearchRequest.MAX_QUERY_LENGTH);
		if (results == null) {
			page.addObject("topics", this.search.topicsByClaims());
		}
		return page;
	}

	/**
	 * What the reader typed, cut to a length the form accepts, to show it back escaped.
	 */
	private static String typed(SearchParameters parameters) {
		String q = (parameters.q() != null) ? parameters.q() : "";
		return q.substring(0, Math.min(q.length(), SearchRequest.MAX_QUERY_LENGTH)).replaceAll("\\p{Cc}", " ");
	}

}
