package com.mgsleep.kb.web.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.mgsleep.kb.search.FacetValue;
import com.mgsleep.kb.search.SearchHit;
import com.mgsleep.kb.search.SearchRequest;
import com.mgsleep.kb.search.SearchResults;
import com.mgsleep.kb.search.SearchService;
import com.mgsleep.kb.web.fragment.CertaintyView;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/search}: the same search as the page, as JSON.
 */
@RestController
class SearchApiController {

	private final SearchService search;

	SearchApiController(SearchService search) {
		this.search = search;
	}

	@GetMapping("/api/search")
	SearchJson search(SearchParameters parameters) {
		SearchResults results = this.search.search(parameters.toRequest());
		Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
		FacetLabels.of(results).forEach((facet, values) -> facets.put(facet.getSlug(), values));
		return new SearchJson(results.request().text(), results.total(), results.request().page(),
				SearchRequest.PAGE_SIZE, results.suggestion(), results.answers().stream().map(HitJson::of).toList(),
				results.hits().stream().map(HitJson::of).toList(), facets, results.notice());
	}

	/**
	 * The results as JSON.
	 *
	 * @param query what was searched for
	 * @param total how many results match
	 * @param page the page
	 * @param pageSize results per page
	 * @param suggestion the query spelled as the knowledge base spells it, or
	 * {@code null}: the page's "did you mean"
	 * @param answers the forms and doses the query names: the group the page shows above
	 * the results
	 * @param hits this page's results
	 * @param facets counts per facet value
	 * @param notice a hint when the query held nothing searchable
	 */
	record SearchJson(String query, long total, int page, int pageSize, String suggestion, List<HitJson> answers,
			List<HitJson> hits, Map<String, List<FacetValue>> facets, String notice) {

	}

	record HitJson(String type, String id, String title, String snippet, String url, float score, String verdict,
			String certainty) {

		static HitJson of(SearchHit hit) {
			return new HitJson(hit.type().getSlug(), hit.id(), hit.title(), hit.snippet(), hit.url(), hit.score(),
					(hit.verdict() != null) ? hit.verdict().getSlug() : null,
					(hit.certainty() != null) ? CertaintyView.of(hit.certainty()).slug() : null);
		}

	}

}
