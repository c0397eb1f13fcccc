package com.mgsleep.kb.web.search;

import com.mgsleep.kb.search.SampleSearchIndex;
import com.mgsleep.kb.search.SearchNotReadyException;
import com.mgsleep.kb.search.SearchService;
import com.mgsleep.kb.web.JsonConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The search page and API over a real index of the sample corpus.
 */
@WebMvcTest({ SearchController.class, SearchApiController.class })
@Import(JsonConfiguration.class)
class SearchControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private SearchService search;

	@BeforeEach
	void searchTheSampleIndex() {
		given(this.search.search(any())).willAnswer((call) -> SampleSearchIndex.search(call.getArgument(0)));
		given(this.search.topicsByClaims()).willReturn(SampleSearchIndex.topicsByClaims());
	}

	@Test
	void searchWhenTheIndexIsStillBeingBuiltThenServiceUnavailableWithRetryAfter() throws Exception {
		willThrow(new SearchNotReadyException()).given(this.search).search(any());
		this.mvc.perform(get("/search").param("q", "magnesium"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "5"))
			.andExpect(view().name("error"));
		this.mvc.perform(get("/api/search").param("q", "magnesium"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "5"))
			.andExpect(jsonPath("$.detail").value(containsString("still being prepared")));
	}

	@Test
	void searchPageWhenNothingAskedThenOffersTopicsWithClaimCounts() throws Exception {
		this.mvc.perform(get("/search"))
			.andExpect(status().isOk())
			.andExpect(view().name("search/search"))
			.andExpect(model().attributeExists("search"))
			.andExpect(content().string(containsString("Search by topic")))
			.andExpect(content().string(containsString("href=\"/search?topic=restless-legs&amp;type=claim\"")))
			.andExpect(content().string(containsString("up to <span>500</span> characters")));
	}

	@Test
	void searchPageWhenQueryThenShowsHighlightedHitsFacetsAndShareableLinks() throws Exception {
		this.mvc.perform(get("/search").param("q", "melatonn"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1 result")))
			.andExpect(content().string(containsString("<a href=\"/claims/melatonin-rise\">Magnesium raises"
					+ " <mark>melatonin</mark> in the blood</a>")))
			.andExpect(content().string(containsString("href=\"/search?q=melatonn&amp;verdict=limited\"")))
			.andExpect(content().string(containsString("value=\"melatonn\"")));
	}

	@Test
	void searchPageWhenMisspelledThenOffersTheCorrectionKeepingTheFilters() throws Exception {
		this.mvc.perform(get("/search").param("q", "magnesum").param("form", "oxide"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"Did you mean <a href=\"/search?q=magnesium&amp;form=oxide\"><em>magnesium</em></a>?")));
		this.mvc.perform(get("/search").param("q", "magnesium"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Did you mean"))));
	}

	@Test
	void searchPageWhenMisspelledMarkupThenTheCorrectionIsEscaped() throws Exception {
		this.mvc.perform(get("/search").param("q", "<img src=x onerror=alert(1)>magnesum"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Did you mean")))
			.andExpect(content().string(not(containsString("<img src=x"))))
			.andExpect(content().string(containsString("<em>&lt;img src=x onerror=alert(1)&gt;magnesium</em>")));
	}

	@Test
	void searchPageWhenQueryNamesAFormAndDosesThenListsThemInTheirOwnGroupFirst() throws Exception {
		this.mvc.perform(get("/search").param("q", "glycinate dose"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h2 id=\"answers-heading\">Forms and doses</h2>")))
			.andExpect(content().string(containsString(
					"<h3 class=\"hit-title\"><a href=\"/forms/glycinate\">Magnesium <mark>glycinate</mark></a></h3>")))
			.andExpect(content().string(containsString("<a href=\"/dosages#recommended\">")))
			.andExpect(content().string(containsString("<span class=\"badge\">Dose</span>")));
		this.mvc.perform(get("/search").param("q", "glycinate dose").param("type", "claim"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Forms and doses"))));
	}

	@Test
	void searchPageWhenFilteredThenShowsTheFilterWithARemoveLink() throws Exception {
		this.mvc.perform(get("/search").param("q", "magnesium").param("form", "oxide"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Form: Magnesium oxide")))
			.andExpect(content().string(containsString("href=\"/search?q=magnesium\"")))
			.andExpect(content().string(containsString("name=\"form\" value=\"oxide\"")))
			.andExpect(content().string(not(containsString("/claims/glycinate-calming"))));
	}

	@Test
	void searchPageWhenQueryIsMarkupThenItIsEscapedEverywhere() throws Exception {
		this.mvc.perform(get("/search").param("q", "<script>alert(1)</script>\"><img src=x onerror=alert(1)>"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<script>alert"))))
			.andExpect(content().string(not(containsString("<img src=x"))))
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")));
	}

	@Test
	void searchPageWhenQueryTooLongThenBadRequestWithTheLimitAndTheFormAgain() throws Exception {
		this.mvc.perform(get("/search").param("q", "magnesium ".repeat(1000)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("the limit is 500")))
			.andExpect(content().string(containsString("id=\"search-q\"")));
	}

	@Test
	void searchPageWhenUnknownVerdictThenBadRequestListingTheChoices() throws Exception {
		this.mvc.perform(get("/search").param("verdict", "<b>proven</b>"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("lowercase letters, digits and hyphens")))
			.andExpect(content().string(not(containsString("<b>proven"))));
		this.mvc.perform(get("/search").param("verdict", "proven"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("choose one of supported, limited, mixed")));
	}

	@Test
	void searchPageWhenPageIsNotANumberThenBadRequestPage() throws Exception {
		this.mvc.perform(get("/search").param("q", "sleep").param("page", "two"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("<h1>")));
	}

	@Test
	void searchApiWhenQueryThenReturnsHitsWithHighlightsAndFacets() throws Exception {
		this.mvc.perform(get("/api/search").param("q", "RLS").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.query").value("RLS"))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.hits[0].type").value("claim"))
			.andExpect(jsonPath("$.hits[0].id").value("rls-pilot"))
			.andExpect(jsonPath("$.hits[0].title")
				.value(containsString("<mark>restless</mark> <mark>legs</mark> <mark>syndrome</mark>")))
			.andExpect(jsonPath("$.hits[0].url").value("/claims/rls-pilot"))
			.andExpect(jsonPath("$.hits[0].verdict").value("limited"))
			.andExpect(jsonPath("$.hits[0].score").isNumber())
			.andExpect(jsonPath("$.facets.topic[0].value").value("restless-legs"))
			.andExpect(jsonPath("$.facets.topic[0].count").value(1))
			.andExpect(jsonPath("$.facets.type[0].value").value("claim"));
	}

	@Test
	void searchApiWhenMisspelledThenSuggestionAndAnswersAsOnThePage() throws Exception {
		this.mvc.perform(get("/api/search").param("q", "glycinte dose"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.suggestion").value("glycinate dose"))
			.andExpect(jsonPath("$.answers[0].type").value("form"))
			.andExpect(jsonPath("$.answers[0].url").value("/forms/glycinate"))
			.andExpect(jsonPath("$.answers[1].type").value("dose"));
		this.mvc.perform(get("/api/search").param("q", "RLS"))
			.andExpect(jsonPath("$.suggestion").doesNotExist())
			.andExpect(jsonPath("$.answers").isEmpty());
	}

	@Test
	void searchApiWhenFilterOnlyThenListsByTopic() throws Exception {
		this.mvc.perform(get("/api/search").param("topic", "sleep-onset"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.hits[0].id").value("oxide-sleep-onset"));
	}

	@Test
	void searchApiWhenUnknownTopicThenBadRequestAsJson() throws Exception {
		this.mvc.perform(get("/api/search").param("topic", "nope"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("There is no topic `nope`."));
	}

	@ParameterizedTest
	@ValueSource(strings = { "*:*", "(", ")", "\"", "[* TO *]", "~", "^", "glycinate~", "title:x", "\u0000", "a\u0000b",
			"<script>", "%", "%%", "\\", "{!xmlparser}", "\uD83D\uDE34 sleep", "ÅÄÖ", "' OR 1=1 --", "\u202Eevil" })
	void searchApiWhenHostileQueryThenAnswersWithoutError(String q) throws Exception {
		this.mvc.perform(get("/api/search").param("q", q))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<script>"))))
			.andExpect(jsonPath("$.total").isNumber());
	}

	@ParameterizedTest
	@ValueSource(strings = { "type=video", "page=0", "page=51", "page=-1", "page=1e3", "certainty=f", "form=Oxide%20X",
			"source=../../etc" })
	void searchApiWhenBadParameterThenBadRequestWithAMessage(String parameter) throws Exception {
		this.mvc.perform(get("/api/search?q=sleep&" + parameter))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(not(startsWith("Something went wrong"))));
	}

}
