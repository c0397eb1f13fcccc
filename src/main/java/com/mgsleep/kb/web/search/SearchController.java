package com.mgsleep.kb.web.search;

import java.util.Map;

import com.mgsleep.kb.search.InvalidSearchException;
import com.mgsleep.kb.search.SearchRequest;
import com.mgsleep.kb.search.SearchResults;
import com.mgsleep.kb.search.SearchService;

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
		try {
			SearchRequest request = parameters.toRequest();
			SearchResults results = request.isEmpty() ? null : this.search.search(request);
			return page(request, results, request.text(), null, HttpStatus.OK);
		}
		catch (InvalidSearchException ex) {
			SearchRequest blank = SearchRequest.of(null, Map.of(), null);
			return page(blank, null, typed(parameters), ex.getMessage(), HttpStatus.BAD_REQUEST);
		}
	}

	private ModelAndView page(SearchRequest request, SearchResults results, String typed, String error,
			HttpStatus status) {
		ModelAndView page = new ModelAndView("search/search");
		page.setStatus(status);
		page.addObject("search", (results != null) ? SearchView.of(request, results, typed, error)
				: SearchView.before(request, this.search.topicsByClaims(), typed, error));
		// the page's own search form is the one search box it shows
		page.addObject("searchPage", true);
		return page;
	}

	/**
	 * What the reader typed, cut to a length the form accepts, to show it back escaped.
	 */
	private static String typed(SearchParameters parameters) {
		String q = (parameters.getQ() != null) ? parameters.getQ() : "";
		return q.substring(0, Math.min(q.length(), SearchRequest.MAX_QUERY_LENGTH)).replaceAll("\\p{Cc}", " ");
	}

}
