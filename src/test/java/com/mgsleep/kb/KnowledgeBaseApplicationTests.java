package com.mgsleep.kb;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

import com.mgsleep.kb.web.cache.PreparedPages;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * End to end over the fixture content folder: Markdown in, pages and JSON out over HTTP.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "kb.content-dir=src/test/resources/fixture-content")
class KnowledgeBaseApplicationTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Autowired
	private PreparedPages preparedPages;

	@Test
	void homeWhenStartedThenShowsArticlesAndVerdicts() throws Exception {
		HttpResponse<String> home = get("/", "text/html");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("Does magnesium help you fall asleep?").contains("All 2 claims");
	}

	@Test
	void claimPageLinksEachCitationAndCitationPageLinksBack() throws Exception {
		String claim = get("/claims/sleep-onset-older-adults", "text/html").body();
		assertThat(claim).contains("href=\"/citations/mah-pitre-2021\"")
			.contains("href=\"/citations/abbasi-2012\"")
			.contains("href=\"/citations/shop-blog\"")
			.contains("Sells supplements");
		String citation = get("/citations/shop-blog", "text/html").body();
		assertThat(citation).contains("href=\"/claims/sleep-onset-older-adults\"")
			.contains("href=\"/claims/glycinate-works-fastest\"");
	}

	@Test
	void articlePageShowsNumberedCitationsClaimsAndDosages() throws Exception {
		String article = get("/articles/falling-asleep", "text/html").body();
		assertThat(article).contains("class=\"cite-ref\" id=\"cite-mah-pitre-2021-1\">[1]</a>")
			.contains("href=\"/claims/sleep-onset-older-adults\"")
			.contains("200-400 mg/day")
			.contains("Where sources disagree");
	}

	@Test
	void feedWhenReadWithAFeedParserThenAtomWithEveryArticleAndClaimNewestFirst() throws Exception {
		HttpResponse<String> response = get("/feed.atom", "application/atom+xml");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/atom+xml"));
		SyndFeed feed = new SyndFeedInput().build(new StringReader(response.body()));
		assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
		assertThat(feed.getUri()).isEqualTo("http://localhost:8080/feed.atom");
		assertThat(feed.getEntries()).extracting(SyndEntry::getLink)
			.contains("http://localhost:8080/articles/falling-asleep",
					"http://localhost:8080/claims/sleep-onset-older-adults")
			.allSatisfy((link) -> assertThat(link).startsWith("http://localhost:8080/"));
		assertThat(feed.getEntries()).extracting(SyndEntry::getUpdatedDate)
			.isSortedAccordingTo(java.util.Comparator.reverseOrder());
		assertThat(get("/", "text/html").body()).contains("<link rel=\"alternate\" type=\"application/atom+xml\"");
	}

	@Test
	void apiListsClaimsCitationsAndDosagesAsJson() throws Exception {
		HttpResponse<String> claims = get("/api/claims", "application/json");
		assertThat(claims.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		assertThat(claims.body()).contains("\"id\":\"sleep-onset-older-adults\"")
			.contains("\"verdict\":\"limited\"")
			.contains("{\"key\":\"abbasi-2012\",\"role\":\"supports\",\"note\":\"500 mg/day as oxide\"}")
			.contains("\"url\":\"/claims/sleep-onset-older-adults\"");
		assertThat(get("/api/citations/shop-blog", "application/json").body()).contains("\"secondary\":true")
			.contains("\"sellsSupplements\":true")
			.contains("{\"id\":\"glycinate-works-fastest\",\"role\":\"asserted-by\"}");
		assertThat(get("/api/dosages", "application/json").body()).contains("\"minMg\":200.0")
			.contains("\"timing\":{\"minMinutesBeforeBed\":30,\"maxMinutesBeforeBed\":60}");
		assertThat(get("/api/topics", "application/json").body())
			.contains("{\"slug\":\"falling-asleep\",\"name\":\"Falling asleep\"");
	}

	@Test
	void unknownIdsAnswer404WithoutLeakingInternals() throws Exception {
		HttpResponse<String> api = get("/api/claims/no-such-claim", "*/*");
		assertThat(api.statusCode()).isEqualTo(404);
		assertThat(api.body()).contains("\"status\":404").doesNotContain("Exception");
		HttpResponse<String> page = get("/claims/%3Cscript%3Ealert(1)%3C%2Fscript%3E", "text/html");
		assertThat(page.statusCode()).isIn(400, 404);
		assertThat(page.body()).doesNotContain("<script>alert(1)").doesNotContain("Exception");
		assertThat(get("/no/such/page", "*/*").statusCode()).isEqualTo(404);
		HttpResponse<String> rejected = get("/claims/a%00b", "text/html");
		assertThat(rejected.statusCode()).isEqualTo(400);
		assertThat(rejected.body()).contains("Bad request").doesNotContain("Tomcat").doesNotContain("HTTP Status");
		// Tomcat answers this one itself; it still carries every header the application
		// sets
		for (String header : new String[] { "Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy",
				"X-Frame-Options", "Permissions-Policy", "Cross-Origin-Opener-Policy" }) {
			assertThat(rejected.headers().firstValue(header)).as(header).isPresent();
		}
	}

	@Test
	void everyResponseCarriesSecurityHeadersAndPagesAnETag() throws Exception {
		for (String path : new String[] { "/", "/api/claims", "/nope", "/css/site.css" }) {
			HttpResponse<String> response = get(path, "*/*");
			assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
					(csp) -> assertThat(csp).contains("frame-ancestors 'none'").contains("script-src 'self'"));
			assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
			assertThat(response.headers().firstValue("Referrer-Policy")).isPresent();
		}
		HttpResponse<String> first = get("/claims/sleep-onset-older-adults", "text/html");
		String etag = first.headers().firstValue("ETag").orElseThrow();
		HttpResponse<String> again = this.http.send(
				HttpRequest.newBuilder(uri("/claims/sleep-onset-older-adults")).header("If-None-Match", etag).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(again.statusCode()).isEqualTo(304);
	}

	@Test
	void pagesWhenFirstAskedWithHeadThenTheFirstGetStillHasTheWholePage() throws Exception {
		HttpResponse<String> head = this.http.send(HttpRequest.newBuilder(uri("/topics/dosage-timing"))
			.method("HEAD", HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(head.statusCode()).isEqualTo(200);
		assertThat(head.body()).isEmpty();
		assertThat(get("/topics/dosage-timing", "text/html").body()).contains("</html>");
		HttpResponse<String> headAgain = this.http.send(HttpRequest.newBuilder(uri("/topics/dosage-timing"))
			.method("HEAD", HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(headAgain.headers().firstValue("ETag")).isPresent();
		assertThat(get("/topics/dosage-timing", "text/html").body()).contains("</html>");
	}

	@Test
	void pagesWhenAnsweredFromMemoryThenTheSameStatusHeadersAndBytesAsWhenFirstRendered() throws Exception {
		this.preparedPages.clear();
		HttpResponse<String> rendered = get("/topics/dosage-timing", "text/html");
		assertThat(this.preparedPages.size()).as("pages kept after the first request").isOne();
		HttpResponse<String> fromMemory = get("/topics/dosage-timing", "text/html");
		assertThat(fromMemory.statusCode()).isEqualTo(rendered.statusCode()).isEqualTo(200);
		assertThat(fromMemory.body()).isEqualTo(rendered.body());
		Map<String, List<String>> renderedHeaders = new TreeMap<>(rendered.headers().map());
		Map<String, List<String>> memoryHeaders = new TreeMap<>(fromMemory.headers().map());
		renderedHeaders.remove("date");
		memoryHeaders.remove("date");
		assertThat(memoryHeaders).isEqualTo(renderedHeaders).containsKeys("etag", "content-security-policy");
	}

	@Test
	void pagesWhenServedTwiceThenTheSecondIsPreparedCompressedAndIdentical() throws Exception {
		HttpResponse<String> plain = get("/claims/sleep-onset-older-adults", "text/html");
		HttpResponse<byte[]> zipped = this.http.send(HttpRequest.newBuilder(uri("/claims/sleep-onset-older-adults"))
			.header("Accept-Encoding", "gzip")
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(zipped.headers().firstValue("Vary")).hasValue("Accept-Encoding");
		assertThat(zipped.headers().firstValue("Cache-Control")).hasValue("public, max-age=300");
		assertThat(zipped.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
			assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(plain.body());
		}
		assertThat(zipped.headers().firstValue("ETag")).isEqualTo(plain.headers().firstValue("ETag"));
	}

	@Test
	void pagesWhenOpenedThenHeadNamesTheCanonicalAddressDescriptionAndPreview() throws Exception {
		String page = get("/claims/sleep-onset-older-adults", "text/html").body();
		assertThat(page)
			.contains("<link rel=\"canonical\" href=\"http://localhost:8080/claims/sleep-onset-older-adults\">")
			.contains("<meta property=\"og:url\" content=\"http://localhost:8080/claims/sleep-onset-older-adults\">")
			.contains("<meta name=\"description\" content=\"Our verdict: Limited,")
			.contains("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">");
		assertThat(get("/robots.txt", "*/*").body()).contains("Sitemap: http://localhost:8080/sitemap.xml");
		assertThat(get("/favicon.svg", "*/*").statusCode()).isEqualTo(200);
		HttpResponse<String> icon = get("/favicon.ico", "*/*");
		assertThat(icon.statusCode()).isEqualTo(301);
		assertThat(icon.headers().firstValue("Location")).hasValue("/favicon.svg");
	}

	@Test
	void writeAndTraceMethodsThenOne405PageWithTheTrueAllowHeaderAndTheSecurityHeaders() throws Exception {
		for (String method : new String[] { "POST", "PUT", "DELETE", "PATCH", "TRACE" }) {
			HttpResponse<String> response = this.http.send(
					HttpRequest.newBuilder(uri("/claims")).method(method, HttpRequest.BodyPublishers.noBody()).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(method).isEqualTo(405);
			assertThat(response.headers().firstValue("Allow")).as(method).hasValue("GET, HEAD, OPTIONS");
			assertThat(response.headers().firstValue("X-Frame-Options")).as(method).hasValue("DENY");
			assertThat(response.body()).as(method).doesNotContain("Exception").doesNotContain("Tomcat");
		}
	}

	@Test
	void errorAddressAskedForDirectlyThenNotFoundNotAServerError() throws Exception {
		HttpResponse<String> page = get("/error", "text/html");
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("Page not found").doesNotContain("999");
		assertThat(get("/error", "application/json").statusCode()).isEqualTo(404);
	}

	@Test
	void onlyHealthIsExposedAmongManagementEndpoints() throws Exception {
		assertThat(get("/actuator/health", "*/*").statusCode()).isEqualTo(200);
		assertThat(get("/actuator/env", "*/*").statusCode()).isEqualTo(404);
		assertThat(get("/actuator/beans", "*/*").statusCode()).isEqualTo(404);
		assertThat(get("/h2-console", "*/*").statusCode()).isEqualTo(404);
	}

	private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
