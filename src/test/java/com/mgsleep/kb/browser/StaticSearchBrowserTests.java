package com.mgsleep.kb.browser;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import com.mgsleep.kb.SiteOverRealContent;
import com.mgsleep.kb.export.ExportSummary;
import com.mgsleep.kb.export.StaticExport;
import com.mgsleep.kb.export.StaticFileServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search in the static export, indexed by the real Pagefind and served by a plain static
 * file server: the application is not asked, so this is search as a reader of the copy on
 * nginx or a CDN gets it. Needs Pagefind from {@code npm ci} (.ci/run runs it).
 */
@SiteOverRealContent
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaticSearchBrowserTests {

	private static final Path PAGEFIND = Path.of("node_modules", ".bin", "pagefind");

	@RegisterExtension
	static final Browser browser = new Browser();

	@TempDir
	static Path temp;

	@LocalServerPort
	private int port;

	private ExportSummary summary;

	private StaticFileServer copy;

	@BeforeAll
	void exportWithSearchAndServe() {
		if (!Files.isExecutable(PAGEFIND)) {
			throw new IllegalStateException("Pagefind is needed for the static search test and was not found at "
					+ PAGEFIND.toAbsolutePath() + ". Install it with `npm ci` (Node.js 18 or newer; .ci/run does)");
		}
		this.summary = new StaticExport(URI.create("http://localhost:" + this.port), PAGEFIND)
			.export(temp.resolve("site"));
		this.copy = StaticFileServer.serve(temp.resolve("site"));
	}

	@AfterAll
	void stopServing() {
		this.copy.close();
	}

	@Test
	void searchPageWithQThenPagefindListsClaimsAboutGlycinateAndOneOpens() {
		assertThat(this.summary.searchIndexed()).isTrue();
		browser.consoleErrors();
		browser.driver().get(this.copy.baseUrl() + "/search?q=glycinate");
		List<WebElement> results = results();
		assertThat(results).as("results for glycinate")
			.anyMatch((link) -> link.getAttribute("href").contains("/claims/")
					&& link.getText().toLowerCase(Locale.ROOT).contains("glycinate"));
		assertThat(browser.driver().findElement(By.cssSelector("#search input")).getAttribute("value"))
			.isEqualTo("glycinate");
		WebElement claim = results.stream()
			.filter((link) -> link.getAttribute("href").contains("/claims/"))
			.findFirst()
			.orElseThrow();
		String title = claim.getText();
		claim.click();
		new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/claims/"));
		assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo(title);
		browser.screenshot("static-search-result");
		assertThat(browser.consoleErrors()).as("console errors in the static copy").isEmpty();
	}

	@Test
	void headerSearchFormOnAnExportedPageThenTheStaticSearchShowsResults() {
		browser.driver().get(this.copy.baseUrl() + "/topics");
		WebElement box = browser.driver().findElement(By.id("site-search-q"));
		box.sendKeys("magnesium glycinate", Keys.ENTER);
		new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/search"));
		assertThat(URI.create(browser.driver().getCurrentUrl()).getPath()).isEqualTo("/search/");
		assertThat(results()).isNotEmpty();
		browser.screenshot("static-search");
		browser.useColorScheme("dark");
		browser.screenshot("static-search-dark");
	}

	/**
	 * Waits for Pagefind's result links; it loads its index and searches as the page
	 * opens.
	 */
	private List<WebElement> results() {
		return new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
			.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".pagefind-ui__result-link"), 0));
	}

}
