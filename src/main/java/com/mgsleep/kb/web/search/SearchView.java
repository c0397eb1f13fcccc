package com.mgsleep.kb.web.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.mgsleep.kb.search.Facet;
import com.mgsleep.kb.search.FacetValue;
import com.mgsleep.kb.search.SearchHit;
import com.mgsleep.kb.search.SearchRequest;
import com.mgsleep.kb.search.SearchResults;
import com.mgsleep.kb.web.fragment.CertaintyView;
import com.mgsleep.kb.web.fragment.Link;
import com.mgsleep.kb.web.fragment.VerdictView;

/**
 * What the search page shows: the form, and either the topics to search by or a page of
 * results with facets, active filters and page links.
 *
 * @param pageTitle the document title, before the site's name
 * @param typed what goes back into the search box
 * @param maxLength the longest query the box takes
 * @param hidden the filters the form keeps, as name and value
 * @param error why the search could not run, or {@code null}
 * @param topics before a search: every topic with its number of claims; else {@code null}
 * @param results the results, or {@code null} before a search
 */
record SearchView(String pageTitle, String typed, int maxLength, List<Hidden> hidden, String error,
		List<TopicLink> topics, Results results) {

	static SearchView before(SearchRequest request, List<FacetValue> topics, String typed, String error) {
		return new SearchView("Search", typed, SearchRequest.MAX_QUERY_LENGTH, hidden(request), error,
				topics.stream()
					.map((topic) -> new TopicLink("/search?topic=" + topic.value() + "&type=claim", topic.label(),
							topic.count()))
					.toList(),
				null);
	}

	static SearchView of(SearchRequest request, SearchResults results, String typed, String error) {
		String title = request.text().isEmpty() ? "Search" : request.text() + " · Search";
		return new SearchView(title, typed, SearchRequest.MAX_QUERY_LENGTH, hidden(request), error, null,
				Results.of(request, results));
	}

	private static List<Hidden> hidden(SearchRequest request) {
		return request.filters()
			.entrySet()
			.stream()
			.map((filter) -> new Hidden(filter.getKey().getSlug(), filter.getValue()))
			.toList();
	}

	/**
	 * A filter the search form keeps.
	 *
	 * @param name the parameter
	 * @param value its value
	 */
	record Hidden(String name, String value) {

	}

	/**
	 * A topic to search by.
	 *
	 * @param url its claims in search
	 * @param label its name
	 * @param count how many claims it has
	 */
	record TopicLink(String url, String label, int count) {

		public String getCountLabel() {
			return this.count + " claims";
		}

	}

	/**
	 * A page of results.
	 *
	 * @param countText "3 results"
	 * @param query what was searched for, or empty
	 * @param facets the facets that have values
	 * @param activeFilters the filters in use, each with the link that removes it
	 * @param notice a hint when the query held nothing searchable, or {@code null}
	 * @param suggestion "did you mean": the corrected query and its results, or
	 * {@code null}
	 * @param total how many results match in all
	 * @param answers the forms and doses the query names, or empty
	 * @param hits this page's results
	 * @param pageText "Page 1 of 3", or {@code null} for a single page
	 * @param previousUrl the previous page, or {@code null}
	 * @param nextUrl the next page, or {@code null}
	 */
	record Results(String countText, String query, List<FacetView> facets, List<Link> activeFilters, String notice,
			Link suggestion, long total, List<HitView> answers, List<HitView> hits, String pageText, String previousUrl,
			String nextUrl) {

		static Results of(SearchRequest request, SearchResults results) {
			SearchPage links = new SearchPage(request);
			Map<Facet, List<FacetValue>> facets = FacetLabels.of(results);
			List<FacetView> facetViews = new ArrayList<>();
			for (Facet facet : Facet.values()) {
				List<FacetValue> values = facets.getOrDefault(facet, List.of());
				if (!values.isEmpty()) {
					facetViews.add(new FacetView(facet.getLabel(),
							values.stream()
								.map((value) -> new FacetLink(links.toggle(facet, value.value()), value.label(),
										value.count(), value.selected()))
								.toList()));
				}
			}
			List<Link> active = request.filters()
				.keySet()
				.stream()
				.map((facet) -> new Link(links.without(facet),
						facet.getLabel() + ": "
								+ facets.getOrDefault(facet, List.of())
									.stream()
									.filter(FacetValue::selected)
									.map(FacetValue::label)
									.findFirst()
									.orElse(null)))
				.toList();
			int pages = results.pages();
			int page = request.page();
			return new Results((results.total() == 1) ? "1 result" : results.total() + " results", request.text(),
					facetViews, active, results.notice(),
					(results.suggestion() != null)
							? new Link(links.withText(results.suggestion()), results.suggestion()) : null,
					results.total(), results.answers().stream().map(HitView::of).toList(),
					results.hits().stream().map(HitView::of).toList(),
					(pages > 1) ? "Page " + page + " of " + pages : null,
					(pages > 1 && page > 1) ? links.page(page - 1) : null,
					(pages > 1 && page < pages) ? links.page(page + 1) : null);
		}

	}

	/**
	 * A facet with its values.
	 *
	 * @param label the facet's name
	 * @param values its values
	 */
	record FacetView(String label, List<FacetLink> values) {

	}

	/**
	 * A facet value that toggles its filter.
	 *
	 * @param url the search with the filter set, or cleared when it is set
	 * @param label what a reader sees
	 * @param count how many results carry it
	 * @param selected whether the search filters on it
	 */
	record FacetLink(String url, String label, int count, boolean selected) {

	}

	/**
	 * One result.
	 *
	 * @param cssClass "hit-claim"
	 * @param type what it is
	 * @param verdict a claim's verdict badge, else {@code null}
	 * @param certainty a claim's certainty badge, else {@code null}
	 * @param url its page
	 * @param title escaped title with matches marked
	 * @param snippet escaped excerpt with matches marked
	 */
	record HitView(String cssClass, String type, VerdictView verdict, CertaintyView certainty, String url, String title,
			String snippet) {

		static HitView of(SearchHit hit) {
			return new HitView("hit-" + hit.type().getSlug(), hit.type().getLabel(),
					(hit.verdict() != null) ? VerdictView.of(hit.verdict()) : null,
					(hit.certainty() != null) ? CertaintyView.of(hit.certainty()) : null, hit.url(), hit.title(),
					hit.snippet());
		}

	}

}
