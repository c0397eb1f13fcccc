package com.mgsleep.kb.web.home;

import java.util.List;
import java.util.Optional;

import com.mgsleep.kb.SampleKnowledgeBase;
import com.mgsleep.kb.article.ArticleRepository;
import com.mgsleep.kb.bottomline.BottomLine;
import com.mgsleep.kb.bottomline.BottomLineRepository;
import com.mgsleep.kb.claim.ClaimRepository.CertaintyCount;
import com.mgsleep.kb.claim.ClaimRepository.VerdictCount;
import com.mgsleep.kb.claim.ClaimRepository;
import com.mgsleep.kb.dosage.Dosage;
import com.mgsleep.kb.dosage.DosageFacts;
import com.mgsleep.kb.dosage.DosageRepository;
import com.mgsleep.kb.form.FormRepository;
import com.mgsleep.kb.topic.TopicRepository;
import com.mgsleep.kb.vocabulary.Certainty;
import com.mgsleep.kb.vocabulary.DosagePurpose;
import com.mgsleep.kb.vocabulary.Population;
import com.mgsleep.kb.vocabulary.Verdict;
import com.mgsleep.kb.web.fragment.BottomLineView;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(HomeController.class)
class HomeControllerTests {

	private final SampleKnowledgeBase kb = new SampleKnowledgeBase();

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private BottomLineRepository bottomLines;

	@MockitoBean
	private ArticleRepository articles;

	@MockitoBean
	private TopicRepository topics;

	@MockitoBean
	private ClaimRepository claims;

	@MockitoBean
	private FormRepository forms;

	@MockitoBean
	private DosageRepository dosages;

	@Test
	void showHomeThenArticlesTopicsAndVerdictCounts() throws Exception {
		given(this.articles.findAll(any(Sort.class))).willReturn(List.of(this.kb.article));
		given(this.topics.findAll(any(Sort.class))).willReturn(List.of(this.kb.topic));
		given(this.claims.countByVerdict()).willReturn(List.of(new VerdictCount(Verdict.LIMITED, 1)));
		given(this.claims.countByCertainty()).willReturn(List.of(new CertaintyCount(Certainty.LOW, 1)));
		given(this.dosages.findByPurposeIn(any())).willReturn(
				List.of(new Dosage(Population.ADULTS, DosagePurpose.UPPER_LIMIT, 350, 350, "350 mg/day", null, ""),
						new Dosage(Population.WOMEN_19_30, DosagePurpose.RDA, 310, 310, "310 mg/day", null, ""),
						new Dosage(Population.MEN_31_50, DosagePurpose.RDA, 420, 420, "420 mg/day", null, "")));
		given(this.bottomLines.findById("/")).willReturn(Optional.of(new BottomLine("/", "Does magnesium help?",
				"<p>A little, in older adults (<a href=\"/claims/sleep-onset-older-adults\">the trials</a>).</p>")));
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(view().name("home"))
			.andExpect(model().attribute("bottomLine", new BottomLineView("Does magnesium help?",
					"<p>A little, in older adults (<a href=\"/claims/sleep-onset-older-adults\">the trials</a>).</p>")))
			.andExpect(content().string(containsString("<h1>Does magnesium help?</h1>")))
			.andExpect(content().string(containsString("The bottom line</h2>")))
			.andExpect(model().attribute("claimCount", 1L))
			.andExpect(model().attribute("facts", new DosageFacts(350, 310, 420)))
			.andExpect(content().string(containsString("for adults is 310-420 mg a day")))
			.andExpect(content().string(containsString("is 350 mg a day for adults")))
			.andExpect(content().string(containsString("href=\"/claims?certainty=low\"")))
			.andExpect(content().string(containsString("href=\"/articles/falling-asleep\"")))
			.andExpect(content().string(containsString("href=\"/topics/falling-asleep\"")))
			.andExpect(content().string(containsString("The one claim")))
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
	void postThenMethodNotAllowedWithTheMethodsTheSiteAccepts() throws Exception {
		this.mvc.perform(post("/"))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(header().string("Allow", "GET, HEAD, OPTIONS"));
	}

}
