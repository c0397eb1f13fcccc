package com.mgsleep.kb.web.form;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.mgsleep.kb.SampleKnowledgeBase;
import com.mgsleep.kb.bottomline.BottomLineRepository;
import com.mgsleep.kb.claim.ClaimRepository;
import com.mgsleep.kb.claim.ReviewDateRepository;
import com.mgsleep.kb.form.FormRepository;
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

@WebMvcTest({ FormController.class, FormApiController.class })
@Import(StructuredData.class)
class FormControllerTests {

	private final SampleKnowledgeBase kb = new SampleKnowledgeBase();

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private BottomLineRepository bottomLines;

	@MockitoBean
	private FormRepository forms;

	@MockitoBean
	private ClaimRepository claims;

	@MockitoBean
	private ReviewDateRepository reviewDates;

	@Test
	void showFormWhenFoundThenDescriptionAndClaims() throws Exception {
		given(this.forms.findById("oxide")).willReturn(Optional.of(this.kb.oxide));
		given(this.claims.findByForm("oxide")).willReturn(List.of(this.kb.claim));
		this.mvc.perform(get("/forms/oxide"))
			.andExpect(status().isOk())
			.andExpect(view().name("forms/form"))
			.andExpect(model().attribute("form",
					new FormController.FormView("/forms/oxide", "Magnesium oxide", "Also called MgO",
							"<p>Poorly absorbed.</p>")))
			.andExpect(content().string(containsString("<p>Poorly absorbed.</p>")))
			.andExpect(content().string(containsString("Also called MgO")))
			.andExpect(content().string(containsString("href=\"/claims/sleep-onset-older-adults\"")));
	}

	@Test
	void showFormThenJsonLdMedicalWebPageAboutTheSupplement() throws Exception {
		given(this.forms.findById("oxide")).willReturn(Optional.of(this.kb.oxide));
		given(this.reviewDates.findLatestOfForm("oxide")).willReturn(LocalDate.of(2026, 11, 20));
		String html = this.mvc.perform(get("/forms/oxide")).andReturn().getResponse().getContentAsString();
		JsonLd jsonLd = JsonLd.of(html);
		assertThat(jsonLd.one("MedicalWebPage")).containsEntry("url", "http://localhost:8080/forms/oxide")
			.containsEntry("lastReviewed", "2026-11-20");
		assertThat(jsonLd.one("DietarySupplement")).containsEntry("name", "Magnesium oxide")
			.containsEntry("alternateName", List.of("MgO"))
			.containsEntry("activeIngredient", "magnesium");
		assertThat(jsonLd.absoluteUrls()).isNotEmpty();
	}

	@Test
	void showFormWhenUnknownThenNotFound() throws Exception {
		given(this.forms.findById(anyString())).willReturn(Optional.empty());
		this.mvc.perform(get("/forms/nope")).andExpect(status().isNotFound());
	}

	@Test
	void apiListFormsThenSlugNameAliases() throws Exception {
		given(this.forms.findAll(any(Sort.class))).willReturn(List.of(this.kb.oxide));
		this.mvc.perform(get("/api/forms"))
			.andExpect(jsonPath("$[0].slug").value("oxide"))
			.andExpect(jsonPath("$[0].name").value("Magnesium oxide"))
			.andExpect(jsonPath("$[0].aliases[0]").value("MgO"));
	}

}
