package com.mgsleep.kb.web.disagreement;

import java.util.List;

import com.mgsleep.kb.SampleKnowledgeBase;
import com.mgsleep.kb.claim.Claim;
import com.mgsleep.kb.disagreement.Disagreement;
import com.mgsleep.kb.disagreement.DisagreementRepository;
import com.mgsleep.kb.dosage.Dosage;
import com.mgsleep.kb.dosage.DosageRepository;
import com.mgsleep.kb.evidence.Assessment;
import com.mgsleep.kb.evidence.CertaintyStep;
import com.mgsleep.kb.vocabulary.Certainty;
import com.mgsleep.kb.vocabulary.DosagePurpose;
import com.mgsleep.kb.vocabulary.Population;
import com.mgsleep.kb.vocabulary.Verdict;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(DisagreementController.class)
class DisagreementControllerTests {

	private final SampleKnowledgeBase kb = new SampleKnowledgeBase();

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private DisagreementRepository disagreements;

	@MockitoBean
	private DosageRepository dosages;

	@BeforeEach
	void sampleDisagreementAndTimings() {
		Claim late = new Claim("take-it-an-hour-or-two-before", "Take magnesium 1-2 hours before bed.",
				Verdict.UNSUPPORTED, "no trial compared timings", this.kb.article, 1);
		late.assess(new Assessment(Certainty.NONE, List.of(new CertaintyStep("None", "no study is cited")), "No study.",
				List.of(), "Any trial.", List.of(), false, false, Certainty.NONE));
		Disagreement timing = new Disagreement("timing", "How long before bed?", this.kb.article);
		timing.addPosition(this.kb.claim);
		timing.addPosition(late);
		given(this.disagreements.findAllById()).willReturn(List.of(timing));
		given(this.dosages.findAllInReadingOrder()).willReturn(List.of(timed(30, 60), timedFromBlog(60, 120)));
	}

	private Dosage timed(int min, int max) {
		Dosage dosage = new Dosage(Population.ADULTS, DosagePurpose.SLEEP_SUPPORT, 200, 400, "200-400 mg/day", null,
				"");
		dosage.setTiming(min, max, min + "-" + max + " min before bed");
		dosage.addCitation(this.kb.trial);
		return dosage;
	}

	private Dosage timedFromBlog(int min, int max) {
		Dosage dosage = new Dosage(Population.ADULTS, DosagePurpose.SLEEP_SUPPORT, 200, 400, "200-400 mg/day", null,
				"");
		dosage.setTiming(min, max, "1-2 h before bed");
		dosage.addCitation(this.kb.blog);
		return dosage;
	}

	@Test
	void listDisagreementsThenPositionsAndTimingConflict() throws Exception {
		this.mvc.perform(get("/disagreements"))
			.andExpect(status().isOk())
			.andExpect(view().name("disagreements/list"))
			.andExpect(model().attributeExists("disagreements", "timingConflicts"))
			.andExpect(content().string(containsString("How long before bed?")))
			.andExpect(content().string(containsString("href=\"/claims/take-it-an-hour-or-two-before\"")))
			.andExpect(content().string(containsString("30-60 min before bed")))
			.andExpect(content().string(containsString("1-2 h before bed")))
			.andExpect(content().string(containsString(
					"Taken by <a href=\"/sources/shop-blog\">Magnesium &lt;b&gt;for&lt;/b&gt; sleep</a>")))
			.andExpect(content().string(not(containsString(">shop-blog</a>"))));
	}

	@Test
	void apiListsDisagreementsWithSourcesAndEvidence() throws Exception {
		this.mvc.perform(get("/api/disagreements"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.disagreements[0].id").value("timing"))
			.andExpect(jsonPath("$.disagreements[0].positions[0].claimId").value("sleep-onset-older-adults"))
			.andExpect(jsonPath("$.disagreements[0].positions[0].sources[0]").value("shop-blog"))
			.andExpect(jsonPath("$.disagreements[0].positions[0].certainty").value("low"))
			.andExpect(jsonPath("$.disagreements[0].positions[1].verdict").value("unsupported"))
			.andExpect(jsonPath("$.timingConflicts[0].later").value("30-60 min"))
			.andExpect(jsonPath("$.timingConflicts[0].earlier").value("1-2 h"));
	}

}
