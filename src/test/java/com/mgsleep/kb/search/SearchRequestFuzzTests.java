package com.mgsleep.kb.search;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Feeds arbitrary search parameters to the checks and the index, as {@code /search} and
 * {@code /api/search} pass them on. The input is read as lines: the query, then one value
 * per facet in {@link Facet} order, then the page; a missing line is a missing parameter.
 * Every input must end in results or an {@link InvalidSearchException} that says what to
 * change, and results show the reader's words escaped, with only {@code <mark>} as
 * markup. Without {@code JAZZER_FUZZ=1} only the inputs in
 * {@code SearchRequestFuzzTestsInputs} run, as a regression test.
 */
class SearchRequestFuzzTests {

	@FuzzTest(maxDuration = "10s")
	void searchWhenAnyParametersThenResultsOrInvalidSearch(byte[] bytes) {
		String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n", -1);
		Map<Facet, String> filters = new EnumMap<>(Facet.class);
		for (Facet facet : Facet.values()) {
			filters.put(facet, line(lines, 1 + facet.ordinal()));
		}
		String page = line(lines, 1 + Facet.values().length);
		SearchResults results;
		try {
			SearchRequest request = SearchRequest.of(line(lines, 0), filters, page(page));
			assertThat(request.text()).hasSizeLessThanOrEqualTo(SearchRequest.MAX_QUERY_LENGTH);
			assertThat(request.page()).isBetween(1, SearchRequest.MAX_PAGE);
			results = SampleSearchIndex.search(request);
		}
		catch (InvalidSearchException ex) {
			assertThat(ex.getMessage()).isNotBlank().doesNotContain("<", "\n", "\r");
			return;
		}
		assertThat(results.hits()).hasSizeLessThanOrEqualTo(SearchRequest.PAGE_SIZE);
		for (SearchHit hit : results.hits()) {
			assertThat(hit.title().replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">");
			assertThat(hit.snippet().replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">");
		}
	}

	private static String line(String[] lines, int index) {
		return (index < lines.length) ? lines[index] : null;
	}

	/** A page that is not a number is refused by Spring MVC before the search sees it. */
	private static Integer page(String line) {
		try {
			return (line != null) ? Integer.valueOf(line.strip()) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
