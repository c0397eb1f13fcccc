package com.mgsleep.kb.web.source;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.mgsleep.kb.SampleKnowledgeBase;
import com.mgsleep.kb.citation.CitationRepository;
import com.mgsleep.kb.claim.ClaimRepository.SourceVerdictCount;
import com.mgsleep.kb.claim.ClaimRepository;
import com.mgsleep.kb.claim.ReviewDateRepository;
import com.mgsleep.kb.vocabulary.Certainty;
import com.mgsleep.kb.vocabulary.Verdict;
import com.mgsleep.kb.web.JsonLd;
import com.mgsleep.kb.web.StructuredData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(SourceController.class)
@Import(StructuredData.class)
class SourceControllerTests {

	private final SampleKnowledgeBase kb = new SampleKnowledgeBase();

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private CitationRepository citations;

	@MockitoBean
	private ClaimRepository claims;

	@MockitoBean
	private ReviewDateRepository reviewDates;

	@Test
	void listSourcesThenEachSourceWithItsClaimCountsAndConflictOfInterest() throws Exception {
		given(this.claims.findAssertingSources()).willReturn(List.of(this.kb.blog));
		given(this.claims.countBySourceAndVerdict())
			.willReturn(List.of(new SourceVerdictCount("shop-blog", Verdict.LIMITED, 1)));
		this.mvc.perform(get("/sources"))
			.andExpect(status().isOk())
			.andExpect(view().name("sources/list"))
			.andExpect(model().attribute("sources", hasSize(1)))
			.andExpect(content().contentType("text/html;charset=UTF-8"))
			.andExpect(content().string(containsString("href=\"/sources/shop-blog\"")))
			.andExpect(content().string(containsString("Magnesium &lt;b&gt;for&lt;/b&gt; sleep")))
			.andExpect(content().string(containsString("1 claim, 0 unsupported or contradicted")))
			.andExpect(content().string(containsString("Sells supplements")));
	}

	@Test
	void showSourceWhenFoundThenScorecardClaimsAndTheReferencesItCites() throws Exception {
		given(this.citations.findById("shop-blog")).willReturn(Optional.of(this.kb.blog));
		given(this.claims.findAssertedBy("shop-blog")).willReturn(List.of(this.kb.claim));
		given(this.citations.findCitedBy("shop-blog")).willReturn(List.of(this.kb.trial));
		this.mvc.perform(get("/sources/shop-blog"))
			.andExpect(status().isOk())
			.andExpect(view().name("sources/source"))
			.andExpect(content().string(containsString("Certainty: Low</span> <span>1</span>")))
			.andExpect(content().string(containsString("1 verified")))
			.andExpect(content().string(containsString("<h1>Magnesium &lt;b&gt;for&lt;/b&gt; sleep</h1>")))
			.andExpect(content().string(containsString("Conflict of interest: the publisher sells supplements")))
			.andExpect(content().string(containsString("href=\"/claims/sleep-onset-older-adults\"")))
			.andExpect(content().string(containsString("href=\"/citations/abbasi-2012\"")))
			.andExpect(content().string(containsString("href=\"/citations/shop-blog\"")))
			.andExpect(content().string(containsString("<h2><span>Limited</span> claims (<span>1</span>)</h2>")));
	}

	@Test
	void showSourceThenJsonLdWebPageAboutTheArticleCitingWhatItCitesAndEscapedInTheScript() throws Exception {
		given(this.citations.findById("shop-blog")).willReturn(Optional.of(this.kb.blog));
		given(this.citations.findCitedBy("shop-blog")).willReturn(List.of(this.kb.trial));
		given(this.reviewDates.findLatestOfSource("shop-blog")).willReturn(LocalDate.of(2026, 11, 20));
		String html = this.mvc.perform(get("/sources/shop-blog")).andReturn().getResponse().getContentAsString();
		String script = html.substring(html.indexOf("application/ld+json"));
		assertThat(script.substring(0, script.indexOf("</script>"))).doesNotContain("<b>");
		JsonLd jsonLd = JsonLd.of(html);
		Map<String, Object> page = jsonLd.one("WebPage");
		assertThat(page).containsEntry("url", "http://localhost:8080/sources/shop-blog")
			.containsEntry("lastReviewed", "2026-11-20");
		assertThat(jsonLd.one("BlogPosting")).as("the web article, its title as written")
			.containsEntry("name", "Magnesium <b>for</b> sleep")
			.isSameAs(page.get("about"));
		assertThat(jsonLd.one("ScholarlyArticle")).containsEntry("name", "The effect of magnesium on insomnia")
			.containsEntry("identifier",
					List.of(Map.of("@type", "PropertyValue", "propertyID", "PMID", "value", "23853635"),
							Map.of("@type", "PropertyValue", "propertyID", "PMCID", "value", "PMC3703169")));
		assertThat(jsonLd.absoluteUrls()).contains("https://pubmed.ncbi.nlm.nih.gov/23853635/");
	}

	@Test
	void showSourceWhenKeyIsAStudyNotAWebArticleThenNotFound() throws Exception {
		given(this.citations.findById("abbasi-2012")).willReturn(Optional.of(this.kb.trial));
		this.mvc.perform(get("/sources/abbasi-2012"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Page not found")));
	}

	@Test
	void showSourceWhenUnknownKeyThenNotFoundPage() throws Exception {
		given(this.citations.findById(anyString())).willReturn(Optional.empty());
		this.mvc.perform(get("/sources/nope"))
			.andExpect(status().isNotFound())
			.andExpect(view().name("error/404"))
			.andExpect(content().string(containsString("Page not found")));
	}

}
