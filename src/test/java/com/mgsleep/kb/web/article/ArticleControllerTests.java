package com.mgsleep.kb.web.article;

import java.util.List;
import java.util.Optional;

import com.mgsleep.kb.SampleKnowledgeBase;
import com.mgsleep.kb.article.ArticleRepository;
import com.mgsleep.kb.claim.ClaimRepository;
import com.mgsleep.kb.claim.ReviewDateRepository;
import com.mgsleep.kb.disagreement.DisagreementRepository;
import com.mgsleep.kb.dosage.DosageRepository;
import com.mgsleep.kb.web.StructuredData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Sort;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest({ ArticleController.class, ArticleApiController.class })
@Import(StructuredData.class)
class ArticleControllerTests {

	private final SampleKnowledgeBase kb = new SampleKnowledgeBase();

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private ArticleRepository articles;

	@MockitoBean
	private ClaimRepository claims;

	@MockitoBean
	private ReviewDateRepository reviewDates;

	@MockitoBean
	private DosageRepository dosages;

	@MockitoBean
	private DisagreementRepository disagreements;

	@Test
	void showArticleWhenFoundThenProseClaimsAndReferences() throws Exception {
		given(this.articles.findForPage("falling-asleep")).willReturn(Optional.of(this.kb.article));
		given(this.claims.findByArticle("falling-asleep")).willReturn(List.of(this.kb.claim));
		this.mvc.perform(get("/articles/falling-asleep"))
			.andExpect(status().isOk())
			.andExpect(view().name("articles/article"))
			.andExpect(model().attributeExists("article", "jsonLd"))
			.andExpect(content().string(containsString("Does magnesium help you fall asleep?")))
			.andExpect(content().string(containsString("<a href=\"/citations/abbasi-2012\">[1]</a>")))
			.andExpect(content().string(containsString("href=\"/claims/sleep-onset-older-adults\"")))
			.andExpect(content().string(containsString("References")))
			.andExpect(content().string(containsString("id=\"ref-abbasi-2012\"")))
			.andExpect(content().string(containsString("href=\"#cite-abbasi-2012-1\"")))
			.andExpect(content().string(containsString("\"@type\":\"MedicalWebPage\"")))
			.andExpect(content().string(containsString("\"lastReviewed\":\"2026-11-20\"")))
			.andExpect(content().string(containsString("\"@type\":\"ScholarlyArticle\"")));
	}

	@Test
	void showArticleWhenUnknownThenNotFound() throws Exception {
		given(this.articles.findForPage(anyString())).willReturn(Optional.empty());
		this.mvc.perform(get("/articles/nope")).andExpect(status().isNotFound()).andExpect(view().name("error/404"));
	}

	@Test
	void apiListArticlesThenSlugTitleSummary() throws Exception {
		given(this.articles.findAll(any(Sort.class))).willReturn(List.of(this.kb.article));
		this.mvc.perform(get("/api/articles"))
			.andExpect(jsonPath("$[0].slug").value("falling-asleep"))
			.andExpect(jsonPath("$[0].title").value("Does magnesium help you fall asleep?"))
			.andExpect(jsonPath("$[0].summary").value("What trials show."));
	}

}
