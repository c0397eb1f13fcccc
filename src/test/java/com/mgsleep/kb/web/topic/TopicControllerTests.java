package com.mgsleep.kb.web.topic;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.mgsleep.kb.SampleKnowledgeBase;
import com.mgsleep.kb.bottomline.BottomLineRepository;
import com.mgsleep.kb.claim.ClaimRepository;
import com.mgsleep.kb.claim.ClaimRepository.TopicClaimCount;
import com.mgsleep.kb.claim.ReviewDateRepository;
import com.mgsleep.kb.form.FormRepository;
import com.mgsleep.kb.outcome.OutcomeSummaryRepository;
import com.mgsleep.kb.outcome.StudyResultRepository;
import com.mgsleep.kb.topic.TopicRepository;
import com.mgsleep.kb.web.JsonLd;
import com.mgsleep.kb.web.StructuredData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Sort;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
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

@WebMvcTest({ TopicController.class, TopicApiController.class })
@Import(StructuredData.class)
class TopicControllerTests {

	private final SampleKnowledgeBase kb = new SampleKnowledgeBase();

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	StudyResultRepository results;

	@MockitoBean
	OutcomeSummaryRepository summaries;

	@MockitoBean
	private BottomLineRepository bottomLines;

	@MockitoBean
	private TopicRepository topics;

	@MockitoBean
	private ClaimRepository claims;

	@MockitoBean
	private FormRepository forms;

	@MockitoBean
	private ReviewDateRepository reviewDates;

	@Test
	void showTopicWhenFoundThenListsItsClaims() throws Exception {
		given(this.topics.findById("falling-asleep")).willReturn(Optional.of(this.kb.topic));
		given(this.claims.findMatching("falling-asleep", null, null, null, null)).willReturn(List.of(this.kb.claim));
		this.mvc.perform(get("/topics/falling-asleep"))
			.andExpect(status().isOk())
			.andExpect(view().name("topics/topic"))
			.andExpect(model().attribute("count", 1))
			.andExpect(content().string(containsString(">1 claim<")))
			.andExpect(content().string(containsString("href=\"/claims/sleep-onset-older-adults\"")));
	}

	@Test
	void showTopicThenJsonLdCollectionPageAboutTheTopicWithItsLatestReview() throws Exception {
		given(this.topics.findById("falling-asleep")).willReturn(Optional.of(this.kb.topic));
		given(this.reviewDates.findLatestOfTopic("falling-asleep")).willReturn(LocalDate.of(2026, 11, 20));
		String html = this.mvc.perform(get("/topics/falling-asleep")).andReturn().getResponse().getContentAsString();
		JsonLd jsonLd = JsonLd.of(html);
		Map<String, Object> page = jsonLd.one("CollectionPage");
		assertThat(jsonLd.ofType("MedicalWebPage")).containsExactly(page);
		assertThat(page).containsEntry("@context", "https://schema.org")
			.containsEntry("url", "http://localhost:8080/topics/falling-asleep")
			.containsEntry("lastReviewed", "2026-11-20")
			.containsEntry("about", Map.of("@type", "Thing", "name", "Falling asleep", "url",
					"http://localhost:8080/topics/falling-asleep"));
		assertThat(jsonLd.absoluteUrls()).contains("http://localhost:8080/");
	}

	@Test
	void showTopicWhenUnknownThenNotFound() throws Exception {
		given(this.topics.findById(anyString())).willReturn(Optional.empty());
		this.mvc.perform(get("/topics/nope")).andExpect(status().isNotFound());
	}

	@Test
	void apiListTopicsThenClaimCounts() throws Exception {
		given(this.topics.findAll(any(Sort.class))).willReturn(List.of(this.kb.topic));
		given(this.claims.countByTopic()).willReturn(List.of(new TopicClaimCount() {

			@Override
			public String getSlug() {
				return "falling-asleep";
			}

			@Override
			public long getClaims() {
				return 7;
			}

		}));
		this.mvc.perform(get("/api/topics"))
			.andExpect(jsonPath("$[0].slug").value("falling-asleep"))
			.andExpect(jsonPath("$[0].name").value("Falling asleep"))
			.andExpect(jsonPath("$[0].claimCount").value(7));
	}

}
