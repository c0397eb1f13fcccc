package com.mgsleep.kb.search;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.mgsleep.kb.SiteOverRealContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What readers type, over the real knowledge base and real HTTP: each lands on the claims
 * it is about.
 */
@SiteOverRealContent
class SearchOnRealContentTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Autowired
	private JsonMapper json;

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			does magnesium help me fall asleep | magnesium-shortens-time-to-fall-asleep
			melatonn                           | mg-supplements-raise-blood-melatonin
			bisglycinate                       | glycinate-and-threonate-little-magnesium-per-gram
			RLS                                | mg-helps-restless-legs
			restless legs syndrome             | mg-helps-restless-legs
			sleeping                           | magnesium-no-dependency-or-grogginess
			"sleep quality"                    | magnesium-improves-sleep-quality-scores
			insomnia                           | magnesium-eases-insomnia-in-older-adults
			""")
	void searchWhenReaderQueryThenTheClaimItIsAboutComesFirst(String query, String claimId) throws Exception {
		List<Map<String, Object>> hits = hits(search("q=" + encode(query)));
		assertThat(hits).isNotEmpty();
		assertThat(hits.get(0)).containsEntry("type", "claim").containsEntry("id", claimId);
	}

	@Test
	void searchWhenGlycinateDoseThenClaimsAboutGlycinateLead() throws Exception {
		List<Map<String, Object>> hits = hits(search("q=glycinate+dose"));
		assertThat(hits.get(0)).containsEntry("type", "claim");
		assertThat((String) hits.get(0).get("title")).contains("<mark>glycinate</mark>");
		assertThat(hits.subList(0, 3)).allSatisfy((hit) -> assertThat((String) hit.get("title") + hit.get("snippet"))
			.containsIgnoringCase("<mark>glycinate</mark>"));
	}

	@Test
	void searchWhenGlycinateDoseThenNoClaimAboutGlycineAloneMatches() throws Exception {
		List<Map<String, Object>> hits = hits(search("q=glycinate+dose"));
		assertThat(hits).extracting((hit) -> hit.get("id")).doesNotContain("glycine-alone-improves-sleep-and-fatigue");
		assertThat(hits).allSatisfy((hit) -> assertThat((String) hit.get("title") + hit.get("snippet"))
			.containsIgnoringCase("glycinate</mark>"));
	}

	@Test
	void searchWhenGlycinateDoseThenAnswersAreTheGlycinateFormPageAndItsDoses() throws Exception {
		List<Map<String, Object>> answers = answers(search("q=glycinate+dose"));
		assertThat(answers.get(0)).containsEntry("type", "form").containsEntry("url", "/forms/glycinate");
		assertThat(answers).filteredOn((answer) -> answer.get("type").equals("dose"))
			.isNotEmpty()
			.allSatisfy((dose) -> assertThat((String) dose.get("url")).startsWith("/dosages#"))
			.anySatisfy((dose) -> assertThat((String) dose.get("title")).contains("<mark>glycinate</mark>"));
		String page = get("/search?q=glycinate+dose").body();
		assertThat(page).contains("<h2 id=\"answers-heading\">Forms and doses</h2>")
			.contains("<a href=\"/forms/glycinate\">Magnesium <mark>glycinate</mark></a>");
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "glycinate dose", "magnesium sleep", "melatonin", "RLS", "oxide absorption", "upper limit" })
	void searchWhenClaimsMatchThenTheirSnippetsAreWholeSentences(String query) throws Exception {
		List<Map<String, Object>> claims = hits(search("type=claim&q=" + encode(query)));
		assertThat(claims).isNotEmpty();
		for (Map<String, Object> claim : claims) {
			String snippet = (String) claim.get("snippet");
			assertThat(snippet).doesNotContain("·");
			for (String passage : snippet.replaceAll("</?mark>", "").split(" … ")) {
				assertThat(passage).as(claim.get("id") + " snippet").matches("[A-Z0-9&\"].*[.!?](&quot;|\\))?");
			}
		}
	}

	@Test
	void searchWhenMisspelledThenDidYouMeanTheWordsOfTheKnowledgeBase() throws Exception {
		assertThat(search("q=magnesum+glycinte")).containsEntry("suggestion", "magnesium glycinate");
		assertThat(search("q=magnesium+glycinate").get("suggestion")).isNull();
		assertThat(get("/search?q=magnesum+glycinte").body())
			.contains("Did you mean <a href=\"/search?q=magnesium%20glycinate\"><em>magnesium glycinate</em></a>?");
	}

	@Test
	void searchWhenTopicFacetThenCountsMatchTheTopicPage() throws Exception {
		Map<String, Object> results = search("type=claim&topic=restless-legs");
		List<Map<String, Object>> topics = facet(results, "topic");
		assertThat(topics).filteredOn((value) -> value.get("value").equals("restless-legs"))
			.singleElement()
			.satisfies((value) -> assertThat(value).containsEntry("count", results.get("total")));
		String topicPage = get("/topics/restless-legs").body();
		hits(results).forEach((hit) -> assertThat(topicPage).contains("href=\"" + hit.get("url") + "\""));
	}

	@Test
	void searchWhenFilteredByCertaintyAndSourceThenEveryHitCarriesBoth() throws Exception {
		Map<String, Object> results = search("q=magnesium&type=claim&certainty=none&source=usa-medical-2025");
		assertThat((Integer) results.get("total")).isPositive();
		List<Map<String, Object>> claims = this.json.readValue(get("/api/claims").body(), new TypeReference<>() {
		});
		hits(results).forEach((hit) -> {
			Map<String, Object> claim = claims.stream()
				.filter((c) -> c.get("id").equals(hit.get("id")))
				.findFirst()
				.orElseThrow();
			assertThat(claim).containsEntry("certainty", "none");
			assertThat(claim.get("citations").toString()).contains("key=usa-medical-2025, role=asserted-by");
		});
	}

	@Test
	void searchPageIsReachableFromTheSearchBoxOnEveryPage() throws Exception {
		assertThat(get("/claims").body()).contains("<form class=\"header-search\" action=\"/search\"");
		HttpResponse<String> page = get("/search?q=glycinate");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("results for <q>glycinate</q>").contains("<mark>");
	}

	@ParameterizedTest
	@ValueSource(strings = { "%22", "%28", "%2A%3A%2A", "%5B*+TO+*%5D", "%7E", "%5E", "%00",
			"%3Cscript%3Ealert(1)%3C%2Fscript%3E", "%E2%80%AE", "%F0%9F%98%B4", "%C3%A9", "%25", "%FF", "%C3",
			"sleep&topic=%FF" })
	void searchWhenHostileQueryOverHttpThenNeverAServerError(String q) throws Exception {
		for (String path : List.of("/search?q=", "/api/search?q=")) {
			HttpResponse<String> response = get(path + q);
			assertThat(response.statusCode()).isIn(200, 400);
			assertThat(response.body()).doesNotContain("<script>alert")
				.doesNotContain("java.")
				.doesNotContain("Whitelabel");
		}
	}

	@Test
	void searchWhenQueryOfTenThousandCharactersThenBadRequestNamingTheLimit() throws Exception {
		String q = "magnesium+".repeat(1000);
		HttpResponse<String> page = get("/search?q=" + q);
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("the limit is 500");
		HttpResponse<String> api = get("/api/search?q=" + q);
		assertThat(api.statusCode()).isEqualTo(400);
		assertThat(api.body()).contains("the limit is 500");
	}

	private Map<String, Object> search(String query) throws IOException, InterruptedException {
		HttpResponse<String> response = get("/api/search?" + query);
		assertThat(response.statusCode()).isEqualTo(200);
		return this.json.readValue(response.body(), new TypeReference<>() {
		});
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> hits(Map<String, Object> results) {
		return (List<Map<String, Object>>) results.get("hits");
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> answers(Map<String, Object> results) {
		return (List<Map<String, Object>>) results.get("answers");
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> facet(Map<String, Object> results, String facet) {
		return ((Map<String, List<Map<String, Object>>>) results.get("facets")).get(facet);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
