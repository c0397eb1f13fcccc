package com.mgsleep.kb.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.mgsleep.kb.SampleKnowledgeBase;
import com.mgsleep.kb.article.ArticleRepository;
import com.mgsleep.kb.citation.CitationRepository;
import com.mgsleep.kb.claim.ClaimRepository;
import com.mgsleep.kb.claim.ReviewDateRepository;
import com.mgsleep.kb.claim.ReviewDateRepository.ReviewDate;
import com.mgsleep.kb.form.FormRepository;
import com.mgsleep.kb.topic.TopicRepository;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.data.domain.Sort;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(SitemapController.class)
class SitemapControllerTests {

	private final SampleKnowledgeBase kb = new SampleKnowledgeBase();

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private ArticleRepository articles;

	@MockitoBean
	private TopicRepository topics;

	@MockitoBean
	private ClaimRepository claims;

	@MockitoBean
	private FormRepository forms;

	@MockitoBean
	private CitationRepository citations;

	@MockitoBean
	private ReviewDateRepository reviewDates;

	@Test
	void showSitemapWhenHostHeaderIsForgedThenAddressesStayTheConfiguredSite() throws Exception {
		given(this.claims.findIdsInReadingOrder()).willReturn(List.of(this.kb.claim.getId()));
		this.mvc.perform(get("/sitemap.xml").header("Host", "evil.example").header("X-Forwarded-Host", "evil.example"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("<loc>http://localhost:8080/claims/sleep-onset-older-adults</loc>")))
			.andExpect(content().string(not(containsString("evil.example"))));
	}

	@Test
	void showSitemapThenEveryPageAsAnAbsoluteUrl() throws Exception {
		givenOnePageOfEachKind();
		this.mvc.perform(get("/sitemap.xml"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/xml;charset=UTF-8"))
			.andExpect(
					content().string(containsString("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">")))
			.andExpect(content().string(containsString("<loc>http://localhost:8080/</loc>")))
			.andExpect(content().string(containsString("<loc>http://localhost:8080/disagreements</loc>")))
			.andExpect(content().string(containsString("<loc>http://localhost:8080/dosages</loc>")))
			.andExpect(content().string(containsString("<loc>http://localhost:8080/articles/falling-asleep</loc>")))
			.andExpect(content().string(containsString("<loc>http://localhost:8080/topics/falling-asleep</loc>")))
			.andExpect(content().string(containsString("<loc>http://localhost:8080/forms/oxide</loc>")))
			.andExpect(content()
				.string(containsString("<loc>http://localhost:8080/claims/sleep-onset-older-adults</loc>")))
			.andExpect(content().string(containsString("<loc>http://localhost:8080/sources/shop-blog</loc>")))
			.andExpect(content().string(containsString("<loc>http://localhost:8080/citations/abbasi-2012</loc>")));
	}

	@Test
	void showSitemapThenValidAgainstTheSitemapSchemaWithLastReviewedDatesAsLastmod() throws Exception {
		givenOnePageOfEachKind();
		LocalDate reviewed = LocalDate.of(2026, 11, 20);
		given(this.reviewDates.findClaimDates())
			.willReturn(List.of(new ReviewDate("sleep-onset-older-adults", reviewed)));
		given(this.reviewDates.findTopicDates()).willReturn(List.of(new ReviewDate("falling-asleep", reviewed)));
		given(this.reviewDates.findFormDates()).willReturn(List.of(new ReviewDate("oxide", reviewed)));
		given(this.reviewDates.findSourceDates()).willReturn(List.of(new ReviewDate("shop-blog", reviewed)));
		given(this.reviewDates.findCitationDates()).willReturn(List.of(new ReviewDate("abbasi-2012", reviewed)));
		String xml = this.mvc.perform(get("/sitemap.xml")).andReturn().getResponse().getContentAsString();
		Map<String, String> pages = SitemapDocument.read(xml);
		assertThat(pages).containsEntry("http://localhost:8080/articles/falling-asleep", "2026-11-20")
			.containsEntry("http://localhost:8080/claims/sleep-onset-older-adults", "2026-11-20")
			.containsEntry("http://localhost:8080/topics/falling-asleep", "2026-11-20")
			.containsEntry("http://localhost:8080/forms/oxide", "2026-11-20")
			.containsEntry("http://localhost:8080/sources/shop-blog", "2026-11-20")
			.containsEntry("http://localhost:8080/citations/abbasi-2012", "2026-11-20")
			.containsEntry("http://localhost:8080/", "2026-11-20")
			.containsEntry("http://localhost:8080/claims", "2026-11-20");
		assertThat(pages).as("a page without a review date has no lastmod")
			.containsEntry("http://localhost:8080/citations/shop-blog", null)
			.as("the bibliography is not reviewed by date")
			.containsEntry("http://localhost:8080/citations", null);
	}

	@Test
	void showSitemapWhenHostileHostHeaderThenEscaped() throws Exception {
		this.mvc.perform(get("/sitemap.xml").header("Host", "evil\"><script>x</script>"))
			.andExpect(content().string(not(containsString("<script>"))));
	}

	@Test
	void showSitemapWhenOnlyHtmlAcceptedThenNotAcceptableRatherThanServerError() throws Exception {
		this.mvc.perform(get("/sitemap.xml").accept("text/html"))
			.andExpect(status().isNotAcceptable())
			.andExpect(content().contentType("text/html;charset=UTF-8"))
			.andExpect(content().string(not(containsString("Exception"))));
		this.mvc.perform(get("/sitemap.xml").accept("application/json"))
			.andExpect(status().isNotAcceptable())
			.andExpect(content().contentType("text/html;charset=UTF-8"))
			.andExpect(content().string(containsString("<!DOCTYPE html>")));
	}

	private void givenOnePageOfEachKind() {
		given(this.articles.findAll(any(Sort.class))).willReturn(List.of(this.kb.article));
		given(this.topics.findAll(any(Sort.class))).willReturn(List.of(this.kb.topic));
		given(this.forms.findAll(any(Sort.class))).willReturn(List.of(this.kb.oxide));
		given(this.claims.findIdsInReadingOrder()).willReturn(List.of(this.kb.claim.getId()));
		given(this.claims.findAssertingSources()).willReturn(List.of(this.kb.blog));
		given(this.citations.findAll(any(Sort.class))).willReturn(List.of(this.kb.trial, this.kb.blog));
	}

}
