package com.mgsleep.kb.web.claim;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import com.mgsleep.kb.SampleKnowledgeBase;
import com.mgsleep.kb.claim.Claim;
import com.mgsleep.kb.history.HistoryEntry;
import com.mgsleep.kb.claim.ClaimRepository;
import com.mgsleep.kb.claim.ReviewDateRepository;
import com.mgsleep.kb.disagreement.DisagreementRepository;
import com.mgsleep.kb.form.FormRepository;
import com.mgsleep.kb.topic.TopicRepository;
import com.mgsleep.kb.vocabulary.Certainty;
import com.mgsleep.kb.vocabulary.Verdict;
import com.mgsleep.kb.web.StructuredData;
import com.mgsleep.kb.web.fragment.ClaimCard;
import com.mgsleep.kb.web.fragment.FlagView;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

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

	@MockitoBean
	private ReviewDateRepository reviewDates;

	@Test
	void showClaimWhenFoundThenShowsVerdictAndLinksEveryCitation() throws Exception {
		given(this.claims.findForPage("sleep-onset-older-adults")).willReturn(Optional.of(this.kb.claim));
		MvcResult result = this.mvc.perform(get("/claims/sleep-onset-older-adults"))
			.andExpect(status().isOk())
			.andExpect(view().name("claims/claim"))
			.andExpect(model().attributeExists("claim", "jsonLd"))
			.andExpect(content().string(containsString("Magnesium shortened sleep onset in older adults.")))
			.andExpect(content().string(containsString("Limited")))
			.andExpect(content().string(containsString("href=\"/citations/abbasi-2012\"")))
			.andExpect(content().string(containsString("href=\"/citations/shop-blog\"")))
			.andExpect(content().string(containsString("Sells supplements")))
			.andExpect(content().string(containsString(
					"<dt>Last reviewed</dt>\n\t\t\t<dd><time datetime=\"2026-11-20\">20 November 2026</time></dd>")))
			.andExpect(content().string(containsString("<nav class=\"breadcrumbs\" aria-label=\"Breadcrumb\">")))
			.andExpect(content().string(containsString("\"@type\":\"ClaimReview\"")))
			.andExpect(content().string(containsString(
					"\"reviewRating\":{\"@type\":\"Rating\",\"ratingValue\":3,\"bestRating\":5,\"worstRating\":1,\"alternateName\":\"Limited\"}")))
			.andExpect(content()
				.string(containsString("\"url\":\"http://localhost:8080/claims/sleep-onset-older-adults\"")))
			.andExpect(content().string(containsString("Certainty: Low")))
			.andExpect(content().string(containsString("<strong>-1 imprecision</strong>:")))
			.andExpect(content().string(containsString("a single trial of 46 participants")))
			.andExpect(content().string(containsString("Shop blog: a web article")))
			.andExpect(content().string(containsString("Every supporting study was in older adults.")))
			.andExpect(content().string(containsString("Magnesium &lt;b&gt;for&lt;/b&gt; sleep")))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andReturn();
		assertThat(result.getModelAndView().getModel().get("claim")).isInstanceOfSatisfying(ClaimPage.class, (page) -> {
			assertThat(page.verdict().label()).isEqualTo("Limited");
			assertThat(page.certainty().getBadge()).isEqualTo("Certainty: Low");
			assertThat(page.roles()).extracting(ClaimPage.RoleSection::heading)
				.containsExactly("Evidence for", "Sources asserting it");
			assertThat(page.article().url()).isEqualTo("/articles/falling-asleep#claim-sleep-onset-older-adults");
		});
	}

	@Test
	void showClaimThenItsOwnChangesAndItsArticleFileRevisionsNewestFirst() throws Exception {
		this.kb.claim.addHistory(List.of(HistoryEntry.noted(LocalDate.of(2026, 11, 2), "First written.")));
		this.kb.article
			.addHistory(List.of(new HistoryEntry(LocalDate.of(2026, 12, 1), "Grade certainty step by step", "abc1234"),
					HistoryEntry.noted(LocalDate.of(2026, 11, 30), "An editor's note on the article")));
		given(this.claims.findForPage("sleep-onset-older-adults")).willReturn(Optional.of(this.kb.claim));
		String page = this.mvc.perform(get("/claims/sleep-onset-older-adults"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).containsSubsequence("<h2 id=\"history-heading\">What changed</h2>",
				"<time datetime=\"2026-12-01\">1 December 2026</time>",
				"Grade certainty step by step (a revision of the article \u201cDoes magnesium help you fall asleep?\u201d)",
				"<code>abc1234</code>", "<time datetime=\"2026-11-02\">2 November 2026</time>", "First written.")
			.doesNotContain("An editor's note on the article");
	}

	@Test
	void showClaimWhenUnknownIdThenNotFoundPage() throws Exception {
		given(this.claims.findForPage(anyString())).willReturn(Optional.empty());
		this.mvc.perform(get("/claims/nope"))
			.andExpect(status().isNotFound())
			.andExpect(view().name("error/404"))
			.andExpect(content().string(containsString("Page not found")));
	}

	@Test
	void listClaimsWhenFilteredThenQueriesTheFilterAndCountsMatches() throws Exception {
		givenMatching(List.of(this.kb.claim), "falling-asleep", Verdict.LIMITED);
		given(this.claims.count()).willReturn(12L);
		MvcResult result = this.mvc.perform(get("/claims").param("topic", "falling-asleep").param("verdict", "limited"))
			.andExpect(status().isOk())
			.andExpect(view().name("claims/list"))
			.andExpect(model().attribute("countText", "1 of 12 claims match"))
			.andExpect(content().string(containsString("Certainty: Low")))
			.andExpect(content().string(containsString("Older adults only")))
			.andReturn();
		assertThat((List<?>) result.getModelAndView().getModel().get("claims")).singleElement()
			.isInstanceOfSatisfying(ClaimCard.class, (card) -> {
				assertThat(card.url()).isEqualTo("/claims/sleep-onset-older-adults");
				assertThat(card.citationCount()).isEqualTo(2);
				assertThat(card.flags()).extracting(FlagView::label).containsExactly("Older adults only");
			});
	}

	@Test
	void listClaimsWhenMoreThanAPageThenShowsThirtyAndLinksEveryPageWithTheFilters() throws Exception {
		List<Claim> many = IntStream.rangeClosed(1, 65).mapToObj((i) -> {
			Claim claim = new Claim("claim-%02d".formatted(i), "Statement %02d.".formatted(i), Verdict.LIMITED, "why",
					this.kb.article, i);
			claim.assess(this.kb.lowCertainty());
			return claim;
		}).toList();
		givenMatching(many, null, Verdict.LIMITED);
		given(this.claims.count()).willReturn(149L);
		MvcResult result = this.mvc
			.perform(get("/claims").param("verdict", "limited").param("sort", "statement").param("page", "2"))
			.andExpect(status().isOk())
			.andExpect(model().attribute("countText", "65 of 149 claims match, showing 31-60"))
			.andExpect(content().string(
					containsString("<a href=\"/claims?verdict=limited&amp;sort=statement\" rel=\"prev\">Previous</a>")))
			.andExpect(content().string(containsString(
					"<a href=\"/claims?verdict=limited&amp;sort=statement&amp;page=3\" rel=\"next\">Next</a>")))
			.andExpect(content().string(
					containsString("<span aria-current=\"page\"><span class=\"visually-hidden\">Page </span>2</span>")))
			.andReturn();
		assertThat((List<?>) result.getModelAndView().getModel().get("claims")).hasSize(30)
			.first()
			.isInstanceOfSatisfying(ClaimCard.class, (card) -> assertThat(card.url()).isEqualTo("/claims/claim-31"));
	}

	@Test
	void listClaimsWhenPageOutOfRangeOrNotANumberThenNotFoundOrBadRequest() throws Exception {
		givenMatching(List.of(this.kb.claim), null, null);
		this.mvc.perform(get("/claims").param("page", "2")).andExpect(status().isNotFound());
		this.mvc.perform(get("/claims").param("page", "0")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/claims").param("page", "two")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/claims").param("page", "99999999999")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/claims"))
			.andExpect(status().isOk())
			.andExpect(model().attribute("countText", "0 claims"))
			.andExpect(content().string(not(containsString("class=\"pagination\""))));
	}

	@Test
	void listClaimsWhenUnknownVerdictThenBadRequest() throws Exception {
		this.mvc.perform(get("/claims").param("verdict", "proven"))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("error/400"));
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

	/**
	 * Answers the database's queries for a claim list as it would: the page's ids of
	 * claims already in the chosen order, counted, then their cards.
	 */
	private void givenMatching(List<Claim> matching, String topic, Verdict verdict) {
		List<String> ids = matching.stream().map(Claim::getId).toList();
		given(this.claims.findMatchingIds(eq(topic), isNull(), eq(verdict), isNull(), isNull(), any(Pageable.class)))
			.willAnswer((call) -> {
				Pageable page = call.getArgument(5);
				int from = (int) Math.min(page.getOffset(), ids.size());
				return new PageImpl<>(ids.subList(from, Math.min(ids.size(), from + page.getPageSize())), page,
						ids.size());
			});
		given(this.claims.findCards(anyCollection())).willAnswer((call) -> {
			Collection<String> wanted = call.getArgument(0);
			return matching.stream().filter((claim) -> wanted.contains(claim.getId())).toList();
		});
	}

}
