package com.mgsleep.kb.web;

import java.util.List;

import com.mgsleep.kb.SampleKnowledgeBase;
import com.mgsleep.kb.article.ArticleRepository;
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
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(HomeController.class)
class HomeControllerTests {

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

	@Test
	void showHomeThenArticlesTopicsAndVerdictCounts() throws Exception {
		given(this.articles.findAll(any(Sort.class))).willReturn(List.of(this.kb.article));
		given(this.topics.findAll(any(Sort.class))).willReturn(List.of(this.kb.topic));
		given(this.claims.findAllInReadingOrder()).willReturn(List.of(this.kb.claim));
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/articles/falling-asleep\"")))
			.andExpect(content().string(containsString("href=\"/topics/falling-asleep\"")))
			.andExpect(content().string(containsString("All 1 claims")))
			.andExpect(content().string(containsString("Not medical advice.")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
	}

	@Test
	void unknownPathThenNotFoundPage() throws Exception {
		this.mvc.perform(get("/no/such/page"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Page not found")));
	}

	@Test
	void postThenMethodNotAllowedWithoutStackTrace() throws Exception {
		this.mvc.perform(post("/"))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(content().string(containsString("Something went wrong")));
	}

}
