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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springdoc.core.annotations.ParameterObject;

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
	@Operation(summary = "Searches claims, articles, references, forms and topics",
			description = "Words match their endings, the editors' synonyms and near misses; words in double quotes"
					+ " must stand together. Query syntax is read as punctuation.")
	SearchJson search(@ParameterObject SearchParameters parameters) {
		SearchResults results = this.search.search(parameters.toRequest());
		Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
		FacetLabels.of(results).forEach((facet, values) -> facets.put(facet.getSlug(), values));
		return new SearchJson(results.request().text(), results.total(), results.request().page(),
				SearchRequest.PAGE_SIZE, results.suggestion(), results.answers().stream().map(HitJson::of).toList(),
				results.hits().stream().map(HitJson::of).toList(), facets, results.notice());
	}

	@Schema(name = "SearchResults", description = "One page of results, with facet counts")
	record SearchJson(@Schema(description = "The query as searched") String query,
			@Schema(description = "How many results match in all") long total,
			@Schema(description = "This page, from 1") int page, @Schema(description = "Results per page") int pageSize,
			@Schema(description = "The query spelled as the knowledge base spells it, for a \"did you mean\";"
					+ " null when the query is spelled well") String suggestion,
			@Schema(description = "The forms and doses the query names, the group shown above the results"
					+ " on the first page") List<HitJson> answers,
			@Schema(description = "The results on this page, best first") List<HitJson> hits,
			@Schema(description = "Per facet (type, topic, form, verdict, certainty, source), its values with how many"
					+ " results choosing each would give") Map<String, List<FacetValue>> facets,
			@Schema(description = "A note for the reader, such as a query shortened to its first words, or null") String notice) {

	}

	@Schema(name = "SearchHit", description = "One result")
	record HitJson(@Schema(description = "What kind of thing it is") String type,
			@Schema(description = "Its id, key or slug") String id,
			@Schema(description = "Its title as escaped HTML, with the matches in <mark>") String title,
			@Schema(description = "A passage as escaped HTML, with the matches in <mark>") String snippet,
			@Schema(description = "Its page, a path on this site") String url,
			@Schema(description = "How well it matches; only the order means anything") float score,
			@Schema(description = "For claims, the verdict; otherwise null") String verdict,
			@Schema(description = "For claims, the certainty; otherwise null") String certainty) {

		static HitJson of(SearchHit hit) {
			return new HitJson(hit.type().getSlug(), hit.id(), hit.title(), hit.snippet(), hit.url(), hit.score(),
					(hit.verdict() != null) ? hit.verdict().getSlug() : null,
					(hit.certainty() != null) ? CertaintyView.of(hit.certainty()).slug() : null);
		}

	}

}
