package com.mgsleep.kb.web.dosage;

import java.util.List;

import com.mgsleep.kb.SampleKnowledgeBase;
import com.mgsleep.kb.dosage.Dosage;
import com.mgsleep.kb.dosage.DosageRepository;
import com.mgsleep.kb.vocabulary.DosagePurpose;
import com.mgsleep.kb.vocabulary.Population;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(DosageApiController.class)
class DosageApiControllerTests {

	private final SampleKnowledgeBase kb = new SampleKnowledgeBase();

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private DosageRepository dosages;

	@Test
	void listDosagesThenNumbersTimingAndSources() throws Exception {
		Dosage timed = new Dosage(Population.ADULTS, DosagePurpose.SLEEP_SUPPORT, 200, 400, "200-400 mg/day",
				this.kb.oxide, "the sweet spot");
		timed.setTiming(60, 120, "1-2 h before bed");
		timed.addCitation(this.kb.blog);
		Dosage rda = new Dosage(Population.WOMEN_19_30, DosagePurpose.RDA, 310, 310, "310 mg/day", null, "");
		given(this.dosages.findAllInReadingOrder()).willReturn(List.of(timed, rda));
		this.mvc.perform(get("/api/dosages"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].population").value("adults"))
			.andExpect(jsonPath("$[0].purpose").value("sleep-support"))
			.andExpect(jsonPath("$[0].form").value("oxide"))
			.andExpect(jsonPath("$[0].minMg").value(200.0))
			.andExpect(jsonPath("$[0].maxMg").value(400.0))
			.andExpect(jsonPath("$[0].timing.minMinutesBeforeBed").value(60))
			.andExpect(jsonPath("$[0].timing.maxMinutesBeforeBed").value(120))
			.andExpect(jsonPath("$[0].citations[0]").value("shop-blog"))
			.andExpect(jsonPath("$[0].text").value("200-400 mg/day, 1-2 h before bed (the sweet spot)"))
			.andExpect(jsonPath("$[1].timing").doesNotExist())
			.andExpect(jsonPath("$[1].form").doesNotExist());
	}

}
