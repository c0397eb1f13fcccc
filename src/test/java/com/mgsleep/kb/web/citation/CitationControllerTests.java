package com.mgsleep.kb.web.citation;

import java.util.List;
import java.util.Optional;

import com.mgsleep.kb.SampleKnowledgeBase;
import com.mgsleep.kb.citation.CitationRepository;
import com.mgsleep.kb.claim.ClaimRepository;
import com.mgsleep.kb.claim.ClaimRepository.CitationUse;
import com.mgsleep.kb.vocabulary.CitationRole;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

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
class CitationControllerTests {

	private final SampleKnowledgeBase kb = new SampleKnowledgeBase();

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private CitationRepository citations;

	@MockitoBean
	private ClaimRepository claims;

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
