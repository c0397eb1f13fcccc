package com.mgsleep.kb.web;

import java.util.List;

import com.mgsleep.kb.SampleKnowledgeBase;
import com.mgsleep.kb.article.ArticleRepository;
import com.mgsleep.kb.citation.CitationRepository;
import com.mgsleep.kb.claim.ClaimRepository;
import com.mgsleep.kb.form.FormRepository;
import com.mgsleep.kb.topic.TopicRepository;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.data.domain.Sort;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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

	@Test
	void showSitemapWhenHostHeaderIsForgedThenAddressesStayTheConfiguredSite() throws Exception {
		given(this.claims.findAllInReadingOrder()).willReturn(List.of(this.kb.claim));
		this.mvc.perform(get("/sitemap.xml").header("Host", "evil.example").header("X-Forwarded-Host", "evil.example"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("<loc>http://localhost:8080/claims/sleep-onset-older-adults</loc>")))
			.andExpect(content().string(not(containsString("evil.example"))));
	}

	@Test
	void showSitemapThenEveryPageAsAnAbsoluteUrl() throws Exception {
		given(this.articles.findAll(any(Sort.class))).willReturn(List.of(this.kb.article));
		given(this.topics.findAll(any(Sort.class))).willReturn(List.of(this.kb.topic));
		given(this.forms.findAll(any(Sort.class))).willReturn(List.of(this.kb.oxide));
		given(this.claims.findAllInReadingOrder()).willReturn(List.of(this.kb.claim));
		given(this.claims.findAssertingSources()).willReturn(List.of(this.kb.blog));
		given(this.citations.findAll(any(Sort.class))).willReturn(List.of(this.kb.trial, this.kb.blog));
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

}
