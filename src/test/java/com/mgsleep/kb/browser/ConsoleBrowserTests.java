package com.mgsleep.kb.browser;

import java.util.stream.Stream;

import com.mgsleep.kb.SiteClient;
import com.mgsleep.kb.SiteOverRealContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.interactions.Actions;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No kind of page writes an error to the browser's console: no failed script, no style or
 * script the Content-Security-Policy blocks, no missing favicon or asset.
 */
@SiteOverRealContent
class ConsoleBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	private int port;

	static Stream<String> kinds() {
		// the 404 page is left out: the browser reports its own status as a failed load
		return SamplePages.kinds().filter((kind) -> !kind.equals("404"));
	}

	@Test
	void consoleErrorsWhenThePageLogsAnErrorThenReportsIt() {
		browser.open("/");
		browser.consoleErrors();
		browser.script("console.error('probe of the console check')");
		assertThat(browser.consoleErrors()).singleElement().asString().contains("probe of the console check");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("kinds")
	void pageWhenLoadedAndUsedThenNoConsoleErrors(String kind) {
		browser.consoleErrors();
		String path = new SamplePages(new SiteClient(this.port)).path(kind);
		browser.open(path);
		// the scripts run on hover and focus too: give them something to do
		browser.driver()
			.findElements(By.cssSelector("a.cite-ref"))
			.stream()
			.findFirst()
			.ifPresent((marker) -> new Actions(browser.driver()).moveToElement(marker).perform());
		browser.script("window.scrollTo(0, document.body.scrollHeight)");
		assertThat(browser.consoleErrors()).as("console errors on %s", path).isEmpty();
	}

}
