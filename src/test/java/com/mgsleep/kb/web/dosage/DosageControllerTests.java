package com.mgsleep.kb.web.dosage;

import java.util.List;

import com.mgsleep.kb.SampleKnowledgeBase;
import com.mgsleep.kb.dosage.Dosage;
import com.mgsleep.kb.dosage.DosageFacts;
import com.mgsleep.kb.dosage.DosageRepository;
import com.mgsleep.kb.dosage.DosageWarning;
import com.mgsleep.kb.vocabulary.DosagePurpose;
import com.mgsleep.kb.vocabulary.DoseWarningKind;
import com.mgsleep.kb.vocabulary.Population;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(DosageController.class)
class DosageControllerTests {

	private final SampleKnowledgeBase kb = new SampleKnowledgeBase();

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private DosageRepository dosages;

	@Test
	void showDosagesThenIntakeTableUpperLimitRecommendationsTrialsAndCharts() throws Exception {
		Dosage women = new Dosage(Population.WOMEN_19_30, DosagePurpose.RDA, 310, 310, "310 mg/day", null, "");
		Dosage men = new Dosage(Population.MEN_19_30, DosagePurpose.RDA, 400, 400, "400 mg/day", null, "");
		Dosage limit = new Dosage(Population.ADULTS, DosagePurpose.UPPER_LIMIT, 350, 350, "350 mg/day", null,
				"supplements only");
		Dosage recommended = new Dosage(Population.ADULTS, DosagePurpose.SLEEP_SUPPORT, 200, 400, "200-400 mg/day",
				this.kb.oxide, "");
		recommended.setTiming(30, 60, "30-60 min before bed");
		recommended.addCitation(this.kb.blog);
		recommended
			.warn(List.of(new DosageWarning(DoseWarningKind.ABOVE_UPPER_LIMIT, "400 mg is above the 350 mg limit.")));
		Dosage trial = new Dosage(Population.OLDER_ADULTS, DosagePurpose.STUDY_DOSE, 500, 500, "500 mg/day",
				this.kb.oxide, "");
		trial.addCitation(this.kb.trial);
		given(this.dosages.findAllInReadingOrder()).willReturn(List.of(women, men, limit, recommended, trial));
		this.mvc.perform(get("/dosages"))
			.andExpect(status().isOk())
			.andExpect(view().name("dosages/dosages"))
			.andExpect(model().attribute("facts", new DosageFacts(350, 310, 400)))
			.andExpect(model().attributeExists("rdaRows", "upperLimits", "recommended", "studyDoses", "charts"))
			.andExpect(content().string(containsString("<th scope=\"row\">19-30 years</th>")))
			.andExpect(content().string(containsString("<td>400 mg/day</td>\n\t\t\t\t\t<td>310 mg/day</td>")))
			.andExpect(content().string(containsString("supplements only")))
			.andExpect(content().string(containsString("href=\"/sources/shop-blog\"")))
			.andExpect(content().string(containsString("href=\"/citations/abbasi-2012\"")))
			.andExpect(content().string(containsString("href=\"/forms/oxide\"")))
			.andExpect(content().string(containsString("30-60 min before bed")))
			.andExpect(content().string(containsString("Above the upper limit.")))
			.andExpect(content().string(containsString(
					"<span class=\"bar-label\">Magnesium &lt;b&gt;for&lt;/b&gt; sleep: 200-400 mg/day</span>")))
			.andExpect(content().string(
					containsString("<rect class=\"bar bar-over\" y=\"2\" height=\"6\" x=\"33.33\" width=\"33.34\"")))
			.andExpect(content().string(containsString("role=\"region\" tabindex=\"0\" aria-labelledby=\"rda\"")));
	}

	@Test
	void showDosagesWhenNoneThenPageStillRenders() throws Exception {
		given(this.dosages.findAllInReadingOrder()).willReturn(List.of());
		this.mvc.perform(get("/dosages"))
			.andExpect(status().isOk())
			.andExpect(model().attributeDoesNotExist("facts", "charts"))
			.andExpect(content().string(containsString("How much magnesium?")));
	}

	@Test
	void showDosagesWhenHostileQueryOrPathThenIgnoredOrNotFoundWithoutEcho() throws Exception {
		given(this.dosages.findAllInReadingOrder()).willReturn(List.of());
		this.mvc.perform(get("/dosages").param("population", "<script>alert(1)</script>"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<script>alert"))));
		this.mvc.perform(get("/dosages/{x}", "<script>alert(1)</script>"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Page not found")))
			.andExpect(content().string(not(containsString("<script>alert"))));
	}

	@Test
	void postDosagesThenMethodNotAllowed() throws Exception {
		this.mvc.perform(post("/dosages")).andExpect(status().isMethodNotAllowed());
	}

}
