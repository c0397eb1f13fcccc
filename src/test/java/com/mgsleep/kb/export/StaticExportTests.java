package com.mgsleep.kb.export;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.mgsleep.kb.SiteClient;
import com.mgsleep.kb.SiteOverRealContent;
import org.assertj.core.api.SoftAssertions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The static export of the real content, served by a plain static file server with no
 * part of the application in it: every link works, and every file holds exactly what the
 * application serves at the same address. Exported without Pagefind, so this needs only a
 * JDK; {@code StaticSearchBrowserTests} covers search in the copy.
 */
@SiteOverRealContent
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaticExportTests {

	private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	/** The files the export adds, which the application does not serve as they are. */
	private static final Set<String> OWN_FILES = Set.of(ExportFolder.MARKER, "404.html", "search/index.html");

	@TempDir
	static Path temp;

	@LocalServerPort
	private int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	private Path site;

	private ExportSummary summary;

	private StaticFileServer copy;

	private CopyCrawl crawl;

	@BeforeAll
	void exportAndServe() {
		this.site = temp.resolve("site");
		this.summary = new StaticExport(URI.create("http://localhost:" + this.port), null).export(this.site);
		this.copy = StaticFileServer.serve(this.site);
		this.crawl = CopyCrawl.run(this.copy.baseUrl(), BROWSER_ACCEPT);
	}

	@AfterAll
	void stopServing() {
		this.copy.close();
	}

	@Test
	void crawlOfTheCopyFromHomeAndTheSitemapThenEveryLinkAnswers200() {
		SoftAssertions softly = new SoftAssertions();
		this.crawl.statuses()
			.forEach((address, status) -> softly.assertThat(status)
				.as("GET %s from the copy, linked from %s", address, this.crawl.linkedFrom().get(address))
				.isEqualTo(200));
		softly.assertAll();
		assertThat(this.crawl.pages()).as("HTML pages crawled in the copy").isGreaterThan(200);
		assertThat(this.crawl.statuses().keySet()).as("stylesheet, script, icon, API and downloads reached")
			.anyMatch((address) -> address.matches("/css/site-[0-9a-f]{32}\\.css"))
			.anyMatch((address) -> address.matches("/js/site-[0-9a-f]{32}\\.js"))
			.anyMatch((address) -> address.matches("/citations/[^/]+\\.bib"))
			.anyMatch((address) -> address.matches("/citations/[^/]+\\.json"))
			.contains("/favicon.svg", "/api/claims", "/articles/questions", "/search?q=glycinate");
	}

	@Test
	void everyFileOfTheCopyThenHoldsTheBytesTheApplicationServesAtItsAddress() throws IOException {
		List<String> files;
		try (Stream<Path> tree = Files.walk(this.site)) {
			files = tree.filter(Files::isRegularFile)
				.map((file) -> this.site.relativize(file).toString().replace('\\', '/'))
				.filter((file) -> !OWN_FILES.contains(file))
				.toList();
		}
		SoftAssertions softly = new SoftAssertions();
		for (String file : files) {
			String address = addressOf(file);
			HttpResponse<byte[]> fromApp = CopyCrawl.get(appUrl(address), BROWSER_ACCEPT);
			softly.assertThat(fromApp.statusCode()).as("GET %s from the application", address).isEqualTo(200);
			softly.assertThat(CopyCrawl.get(this.copy.baseUrl() + address, BROWSER_ACCEPT).body())
				.as("%s from the copy (%s)", address, file)
				.isEqualTo(fromApp.body());
		}
		softly.assertAll();
		assertThat(files).as("files compared")
			.hasSizeGreaterThan(400)
			.contains("index.html", "sitemap.xml", "robots.txt", "api/claims/index.json");
		assertThat(this.summary.files()).as("files the export reports").isEqualTo(files.size() + 2);
	}

	@Test
	void everyApiDocumentAndCitationDownloadThenInTheCopyAsTheApplicationServesIt() {
		SiteClient app = new SiteClient(this.port);
		SoftAssertions softly = new SoftAssertions();
		int compared = 0;
		for (String pattern : apiPatterns()) {
			Matcher item = Pattern.compile("(/api/[^{]+)/\\{(\\w+)}").matcher(pattern);
			List<String> addresses = item.matches() ? app.getList(item.group(1))
				.stream()
				.map((entry) -> item.group(1) + "/" + ExportLayout.encodeSegment((String) entry.get(item.group(2))))
				.toList() : List.of(pattern);
			for (String address : addresses) {
				softly.assertThat(CopyCrawl.get(this.copy.baseUrl() + address, "application/json").body())
					.as("%s from the copy", address)
					.isEqualTo(CopyCrawl.get(appUrl(address), "application/json").body());
				compared++;
			}
		}
		for (Map<String, Object> citation : app.getList("/api/citations")) {
			for (String download : List.of(".bib", ".json")) {
				String address = "/citations/" + citation.get("key") + download;
				softly.assertThat(CopyCrawl.get(this.copy.baseUrl() + address, "*/*").body())
					.as("%s from the copy", address)
					.isEqualTo(CopyCrawl.get(appUrl(address), "*/*").body());
			}
		}
		softly.assertAll();
		assertThat(compared).as("API documents compared").isGreaterThan(150);
	}

	@Test
	void missingAddressThenTheCopyAnswersTheApplicationsPageNotFound() {
		HttpResponse<byte[]> missing = CopyCrawl.get(this.copy.baseUrl() + "/claims/no-such-claim", BROWSER_ACCEPT);
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body()).isEqualTo(CopyCrawl.get(appUrl("/claims/no-such-claim"), BROWSER_ACCEPT).body());
	}

	@Test
	void searchPageWithoutIndexThenHasTheSiteLayoutAndPointsToTheLists() {
		HttpResponse<byte[]> search = CopyCrawl.get(this.copy.baseUrl() + "/search?q=glycinate", BROWSER_ACCEPT);
		assertThat(search.statusCode()).isEqualTo(200);
		assertThat(search.uri().getPath()).isEqualTo("/search/");
		Document page = Jsoup.parse(new String(search.body(), StandardCharsets.UTF_8));
		Document appPage = Jsoup.parse(new SiteClient(this.port).get("/search").body());
		assertThat(page.title()).isEqualTo(appPage.title());
		assertThat(page.selectFirst("header").outerHtml()).isEqualTo(appPage.selectFirst("header").outerHtml());
		assertThat(page.selectFirst("footer").outerHtml()).isEqualTo(appPage.selectFirst("footer").outerHtml());
		assertThat(page.selectFirst("main").text()).contains("Search is not available in this copy");
		assertThat(page.select("main a").eachAttr("href")).containsExactly("/topics", "/forms", "/claims");
		assertThat(page.html()).doesNotContain("pagefind");
		assertThat(this.summary.searchIndexed()).isFalse();
	}

	@Test
	void linksWithAQueryThenOnlyTheClaimsListsFiltersAndLaterPages() {
		// a static server answers these with /claims (relative ones, "?page=2", resolve
		// against /claims/ there); a query link elsewhere would need a decision about the
		// static copy
		assertThat(this.crawl.withQuery()).isNotEmpty()
			.allSatisfy((address) -> assertThat(address).matches("/claims/?\\?.+"));
		// the export reads them from the application's /claims, without the slash
		assertThat(
				this.crawl.withQuery().stream().map((address) -> address.replace("/claims/?", "/claims?")).distinct())
			.hasSize(this.summary.addressesWithQuery());
	}

	private List<String> apiPatterns() {
		return this.mappings.getHandlerMethods()
			.keySet()
			.stream()
			.filter((info) -> info.getMethodsCondition().getMethods().isEmpty()
					|| info.getMethodsCondition().getMethods().contains(RequestMethod.GET))
			.map(RequestMappingInfo::getPatternValues)
			.flatMap(Set::stream)
			.filter((pattern) -> pattern.startsWith("/api/") && !pattern.equals("/api/search"))
			.sorted()
			.toList();
	}

	/** The address a file answers on a static server: a folder's index by the folder. */
	private static String addressOf(String file) {
		for (String index : List.of("index.html", "index.json")) {
			if (file.equals(index)) {
				return "/";
			}
			if (file.endsWith("/" + index)) {
				return "/" + file.substring(0, file.length() - index.length() - 1);
			}
		}
		return "/" + file;
	}

	private String appUrl(String address) {
		return "http://localhost:" + this.port + address;
	}

}
