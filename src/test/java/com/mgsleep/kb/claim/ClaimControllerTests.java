package com.mgsleep.kb.claim;

import java.util.List;
import java.util.Optional;

import com.mgsleep.kb.SampleKnowledgeBase;
import com.mgsleep.kb.article.StructuredData;
import com.mgsleep.kb.form.FormRepository;
import com.mgsleep.kb.topic.TopicRepository;
import com.mgsleep.kb.disagreement.DisagreementRepository;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest({ ClaimController.class, ClaimApiController.class })
@Import(StructuredData.class)
class ClaimControllerTests {

	private final SampleKnowledgeBase kb = new SampleKnowledgeBase();

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private ClaimRepository claims;

	@MockitoBean
	private DisagreementRepository disagreements;

	@MockitoBean
	private TopicRepository topics;

	@MockitoBean
	private FormRepository forms;

	@Test
	void showClaimWhenFoundThenShowsVerdictAndLinksEveryCitation() throws Exception {
		given(this.claims.findById("sleep-onset-older-adults")).willReturn(Optional.of(this.kb.claim));
		this.mvc.perform(get("/claims/sleep-onset-older-adults"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Magnesium shortened sleep onset in older adults.")))
			.andExpect(content().string(containsString("Limited")))
			.andExpect(content().string(containsString("href=\"/citations/abbasi-2012\"")))
			.andExpect(content().string(containsString("href=\"/citations/shop-blog\"")))
			.andExpect(content().string(containsString("Sells supplements")))
			.andExpect(content().string(containsString("Certainty: Low")))
			.andExpect(content().string(containsString("<strong>-1 imprecision</strong>:")))
			.andExpect(content().string(containsString("a single trial of 46 participants")))
			.andExpect(content().string(containsString("Shop blog: a web article")))
			.andExpect(content().string(containsString("Every supporting study was in older adults.")))
			.andExpect(content().string(containsString("Magnesium &lt;b&gt;for&lt;/b&gt; sleep")))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")));
	}

	@Test
	void showClaimWhenUnknownOrHostileIdThenNotFoundPageWithoutEcho() throws Exception {
		given(this.claims.findById(anyString())).willReturn(Optional.empty());
		for (String id : List.of("nope", "<script>alert(1)</script>", "' or 1=1 --", "%00", "..")) {
			this.mvc.perform(get("/claims/{id}", id))
				.andExpect(status().isNotFound())
				.andExpect(content().string(containsString("Page not found")))
				.andExpect(content().string(not(containsString("<script>alert"))));
		}
	}

	@Test
	void apiShowClaimWhenFoundThenStableFields() throws Exception {
		given(this.claims.findById("sleep-onset-older-adults")).willReturn(Optional.of(this.kb.claim));
		this.mvc.perform(get("/api/claims/sleep-onset-older-adults"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value("sleep-onset-older-adults"))
			.andExpect(jsonPath("$.topics[0]").value("falling-asleep"))
			.andExpect(jsonPath("$.forms[0]").value("oxide"))
			.andExpect(jsonPath("$.verdict").value("limited"))
			.andExpect(jsonPath("$.verdictRationale").value("three small trials"))
			.andExpect(jsonPath("$.citations[0].key").value("abbasi-2012"))
			.andExpect(jsonPath("$.citations[0].role").value("supports"))
			.andExpect(jsonPath("$.citations[0].note").value("500 mg/day as oxide"))
			.andExpect(jsonPath("$.citations[1].role").value("asserted-by"))
			.andExpect(jsonPath("$.url").value("/claims/sleep-onset-older-adults"))
			.andExpect(jsonPath("$.certainty").value("low"))
			.andExpect(jsonPath("$.certaintySteps[0].change").value("start High"))
			.andExpect(jsonPath("$.certaintySteps[1].reason").value("a single trial of 46 participants"))
			.andExpect(jsonPath("$.evidenceRationale")
				.value("For: 1 randomized trial, 46 participants, all in older adults."))
			.andExpect(jsonPath("$.flags[0].code").value("older-adults-only"));
	}

	@Test
	void apiShowClaimWhenUnknownThenJson404() throws Exception {
		given(this.claims.findById(anyString())).willReturn(Optional.empty());
		this.mvc.perform(get("/api/claims/nope").accept("text/html"))
			.andExpect(status().isNotFound())
			.andExpect(header().string("Content-Type", containsString("json")))
			.andExpect(jsonPath("$.status").value(404));
	}

	@Test
	void apiListClaimsThenEveryClaim() throws Exception {
		given(this.claims.findAllInReadingOrder()).willReturn(List.of(this.kb.claim));
		this.mvc.perform(get("/api/claims"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].id").value("sleep-onset-older-adults"));
	}

}
