package com.mgsleep.kb.web.citation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.mgsleep.kb.SampleKnowledgeBase;
import com.mgsleep.kb.citation.CitationRepository;
import com.mgsleep.kb.claim.ClaimRepository;
import com.mgsleep.kb.claim.ClaimRepository.CitationUse;
import com.mgsleep.kb.claim.ReviewDateRepository;
import com.mgsleep.kb.vocabulary.CitationRole;
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
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest({ CitationController.class, CitationApiController.class })
@Import(StructuredData.class)
class CitationControllerTests {

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
	void showCitationWhenFoundThenIdentifiersAsLinksAndEveryCitingClaim() throws Exception {
		given(this.citations.findById("abbasi-2012")).willReturn(Optional.of(this.kb.trial));
		given(this.claims.findCitationsOf("abbasi-2012")).willReturn(this.kb.claim.getCitations().subList(0, 1));
		this.mvc.perform(get("/citations/abbasi-2012"))
			.andExpect(status().isOk())
			.andExpect(view().name("citations/citation"))
			.andExpect(model().attributeExists("citation"))
			.andExpect(content().string(containsString("https://pubmed.ncbi.nlm.nih.gov/23853635/")))
			.andExpect(content().string(containsString("https://pmc.ncbi.nlm.nih.gov/articles/PMC3703169/")))
			.andExpect(content().string(containsString("href=\"/claims/sleep-onset-older-adults\"")))
			.andExpect(content().string(containsString("J Res Med Sci. 2012 Dec;17(12):1161–9.")))
			.andExpect(content().string(containsString("href=\"/citations/abbasi-2012.bib\"")));
	}

	@Test
	void showCitationThenJsonLdPageWhoseMainEntityIsTheWorkWithItsIdentifiers() throws Exception {
		given(this.citations.findById("abbasi-2012")).willReturn(Optional.of(this.kb.trial));
		given(this.reviewDates.findLatestOfCitation("abbasi-2012")).willReturn(LocalDate.of(2026, 11, 20));
		String html = this.mvc.perform(get("/citations/abbasi-2012")).andReturn().getResponse().getContentAsString();
		JsonLd jsonLd = JsonLd.of(html);
		Map<String, Object> page = jsonLd.one("WebPage");
		assertThat(page).containsEntry("url", "http://localhost:8080/citations/abbasi-2012")
			.containsEntry("lastReviewed", "2026-11-20");
		Map<String, Object> work = jsonLd.one("ScholarlyArticle");
		assertThat(page.get("mainEntity")).isEqualTo(work);
		assertThat(work).containsEntry("datePublished", "2012-12")
			.containsEntry("isPartOf", Map.of("@type", "Periodical", "name", "J Res Med Sci"))
			.containsEntry("pagination", "1161-1169")
			.containsEntry("sameAs", List.of("https://pubmed.ncbi.nlm.nih.gov/23853635/",
					"https://pmc.ncbi.nlm.nih.gov/articles/PMC3703169/"));
		assertThat(jsonLd.ofType("Person")).extracting((person) -> person.get("familyName"))
			.containsExactly("Abbasi", "Kimiagar");
		assertThat(jsonLd.ofType("PropertyValue")).extracting((id) -> id.get("propertyID"))
			.containsExactly("PMID", "PMCID");
		jsonLd.absoluteUrls();
	}

	@Test
	void showCitationWhenUnknownThenNotFound() throws Exception {
		given(this.citations.findById(anyString())).willReturn(Optional.empty());
		this.mvc.perform(get("/citations/nope"))
			.andExpect(status().isNotFound())
			.andExpect(view().name("error/404"))
			.andExpect(content().string(containsString("Page not found")));
	}

	@Test
	void apiListCitationsThenClaimsWithRoles() throws Exception {
		given(this.citations.findAllWithAuthors()).willReturn(List.of(this.kb.trial, this.kb.blog));
		given(this.claims.findCitationUses())
			.willReturn(List.of(new CitationUse("abbasi-2012", "sleep-onset-older-adults", CitationRole.SUPPORTS),
					new CitationUse("shop-blog", "sleep-onset-older-adults", CitationRole.ASSERTED_BY)));
		this.mvc.perform(get("/api/citations"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].key").value("abbasi-2012"))
			.andExpect(jsonPath("$[0].pmid").value("23853635"))
			.andExpect(jsonPath("$[0].design").value("rct"))
			.andExpect(jsonPath("$[0].status").value("verified"))
			.andExpect(jsonPath("$[0].secondary").value(false))
			.andExpect(jsonPath("$[0].claims[0].id").value("sleep-onset-older-adults"))
			.andExpect(jsonPath("$[0].claims[0].role").value("supports"))
			.andExpect(jsonPath("$[1].secondary").value(true))
			.andExpect(jsonPath("$[1].sellsSupplements").value(true))
			.andExpect(jsonPath("$[1].claims[0].role").value("asserted-by"));
	}

	@Test
	void apiShowCitationWhenUnknownThen404() throws Exception {
		given(this.citations.findById(anyString())).willReturn(Optional.empty());
		this.mvc.perform(get("/api/citations/nope"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.status").value(404));
	}

	@Test
	void downloadWhenUnknownKeyThenNotFoundPageLabelledAsHtmlWhateverWasAsked() throws Exception {
		given(this.citations.findById(anyString())).willReturn(Optional.empty());
		for (String path : new String[] { "/citations/nope.json", "/citations/nope.bib" }) {
			this.mvc.perform(get(path).accept("application/json"))
				.andExpect(status().isNotFound())
				.andExpect(content().contentType("text/html;charset=UTF-8"))
				.andExpect(content().string(containsString("Page not found")));
		}
	}

}
