package com.mgsleep.kb.web;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.mgsleep.kb.SiteClient;
import com.mgsleep.kb.SiteOverRealContent;
import com.mgsleep.kb.browser.SamplePages;
import com.mgsleep.kb.vocabulary.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON-LD of every kind of page that has one, over the real content, read from the
 * served HTML with a JSON parser: the schema.org types that fit the page, and only
 * absolute addresses at the configured site.
 */
@SiteOverRealContent
class StructuredDataOnRealContentTests {

	private static final String SITE = "http://localhost:8080";

	@LocalServerPort
	private int port;

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "/claims/{id}, ClaimReview", "/articles/{slug}, MedicalWebPage", "/topics/{slug}, CollectionPage",
			"/forms/{slug}, DietarySupplement", "/citations/{key}, WebPage", "/sources/{key}, WebPage" })
	void pageThenJsonLdOfItsKindWithAbsoluteUrlsAndItsOwnAddress(String kind, String type) {
		SiteClient site = new SiteClient(this.port);
		String path = new SamplePages(site).path(kind);
		HttpResponse<String> response = site.get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		JsonLd jsonLd = JsonLd.of(response.body());
		assertThat(jsonLd.ofType(type)).as("%s on %s", type, path).isNotEmpty();
		assertThat(jsonLd.absoluteUrls()).as("the page's own address").contains(SITE + path);
		assertThat(jsonLd.absoluteUrls()).filteredOn((url) -> url.startsWith("http://localhost"))
			.allSatisfy((url) -> assertThat(url).startsWith(SITE + "/"));
	}

	@Test
	void everyClaimPageThenClaimReviewRatingTheVerdict() {
		SiteClient site = new SiteClient(this.port);
		List<Map<String, Object>> claims = site.getList("/api/claims");
		assertThat(claims).hasSizeGreaterThan(100);
		for (Map<String, Object> claim : claims) {
			JsonLd jsonLd = JsonLd.of(site.get("/claims/" + claim.get("id")).body());
			Map<String, Object> review = jsonLd.one("ClaimReview");
			Verdict verdict = Verdict.fromSlug((String) claim.get("verdict"));
			assertThat(review).containsEntry("url", SITE + "/claims/" + claim.get("id"))
				.containsEntry("claimReviewed", claim.get("statement"));
			assertThat(review.get("datePublished")).asString().matches("\\d{4}-\\d{2}-\\d{2}");
			assertThat(review.get("reviewRating"))
				.isEqualTo(Map.of("@type", "Rating", "ratingValue", StructuredData.rating(verdict), "bestRating", 5,
						"worstRating", 1, "alternateName", verdict.getLabel()));
			assertThat(jsonLd.one("Claim")).containsKey("appearance");
			assertThat(jsonLd.one("MedicalWebPage").get("lastReviewed")).isEqualTo(review.get("datePublished"));
			jsonLd.absoluteUrls();
		}
	}

	@Test
	void citationPagesThenTheWorkWithItsIdentifiersAsPropertyValuesAndSameAs() {
		SiteClient site = new SiteClient(this.port);
		for (Map<String, Object> citation : site.getList("/api/citations")) {
			JsonLd jsonLd = JsonLd.of(site.get("/citations/" + citation.get("key")).body());
			Map<String, Object> page = jsonLd.root();
			assertThat(page).containsEntry("@type", "WebPage")
				.containsEntry("url", SITE + "/citations/" + citation.get("key"));
			@SuppressWarnings("unchecked")
			Map<String, Object> work = (Map<String, Object>) page.get("mainEntity");
			assertThat(work).as("%s", citation.get("key")).containsEntry("name", citation.get("title"));
			List<Map<String, Object>> ids = jsonLd.ofType("PropertyValue");
			if (citation.get("doi") != null) {
				assertThat(ids)
					.contains(Map.of("@type", "PropertyValue", "propertyID", "DOI", "value", citation.get("doi")));
				assertThat(jsonLd.absoluteUrls()).contains("https://doi.org/" + citation.get("doi"));
			}
			if (citation.get("pmid") != null) {
				assertThat(ids)
					.contains(Map.of("@type", "PropertyValue", "propertyID", "PMID", "value", citation.get("pmid")));
			}
		}
	}

}
