package com.mgsleep.kb.evidence;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.mgsleep.kb.SiteOverRealContent;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evidence checks over the real knowledge base, as readers see them through the API
 * and the pages.
 */
@SiteOverRealContent
class EvidenceOnRealContentTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Autowired
	private JsonMapper json;

	@Test
	void trialDoseOf500AndEverySweetSpotReaching400AreAboveTheAdultUpperLimit() throws Exception {
		List<Map<String, Object>> dosages = getJson("/api/dosages");
		List<Map<String, Object>> checked = dosages.stream()
			.filter((dosage) -> List.of("sleep-support", "study-dose").contains(dosage.get("purpose")))
			.toList();
		assertThat(checked)
			.filteredOn((dosage) -> ((Number) dosage.get("maxMg")).doubleValue() == 500
					&& "study-dose".equals(dosage.get("purpose")))
			.isNotEmpty()
			.allSatisfy((dosage) -> assertThat(codes(dosage)).contains("above-upper-limit"));
		assertThat(checked)
			.filteredOn((dosage) -> "sleep-support".equals(dosage.get("purpose"))
					&& ((Number) dosage.get("maxMg")).doubleValue() >= 400)
			.hasSizeGreaterThanOrEqualTo(3)
			.allSatisfy((dosage) -> assertThat(codes(dosage)).contains("above-upper-limit"));
		assertThat(checked).filteredOn((dosage) -> ((Number) dosage.get("maxMg")).doubleValue() <= 350)
			.allSatisfy((dosage) -> assertThat(codes(dosage)).doesNotContain("above-upper-limit"));
	}

	@Test
	void timingConflictOf30To60MinutesAgainst1To2HoursIsOnTheDisagreementsPage() throws Exception {
		String page = get("/disagreements").body();
		assertThat(page).contains("30-60 min before bed").contains("1-2 h before bed");
		Map<String, Object> api = this.json.readValue(get("/api/disagreements").body(), new TypeReference<>() {
		});
		assertThat((List<?>) api.get("timingConflicts")).isNotEmpty();
		assertThat((List<?>) api.get("disagreements")).hasSizeGreaterThanOrEqualTo(8);
	}

	@Test
	void glycinateClaimsBackedOnlyByOxideOrThreonateTrialsCarryTheFormMismatchFlag() throws Exception {
		List<Map<String, Object>> claims = getJson("/api/claims");
		Map<String, Object> nightWaking = claims.stream()
			.filter((claim) -> "glycinate-shown-to-cut-night-waking".equals(claim.get("id")))
			.findFirst()
			.orElseThrow();
		assertThat(flagCodes(nightWaking)).contains("form-mismatch");
		assertThat(claims).filteredOn((claim) -> flagCodes(claim).contains("form-mismatch"))
			.allSatisfy((claim) -> assertThat((List<?>) claim.get("forms")).isNotEmpty());
		assertThat(claims).allSatisfy((claim) -> {
			assertThat((String) claim.get("certainty")).isIn("high", "moderate", "low", "very-low", "none");
			assertThat((List<?>) claim.get("certaintySteps")).isNotEmpty();
			assertThat((String) claim.get("evidenceRationale")).isNotBlank();
		});
		assertThat(get("/claims/glycinate-shown-to-cut-night-waking").body()).contains("Does not fit:");
	}

	@SuppressWarnings("unchecked")
	private static List<String> codes(Map<String, Object> dosage) {
		return ((List<Map<String, Object>>) dosage.get("warnings")).stream()
			.map((w) -> (String) w.get("code"))
			.toList();
	}

	@SuppressWarnings("unchecked")
	private static List<String> flagCodes(Map<String, Object> claim) {
		return ((List<Map<String, Object>>) claim.get("flags")).stream().map((f) -> (String) f.get("code")).toList();
	}

	private List<Map<String, Object>> getJson(String path) throws IOException, InterruptedException {
		return this.json.readValue(get(path).body(), new TypeReference<>() {
		});
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
