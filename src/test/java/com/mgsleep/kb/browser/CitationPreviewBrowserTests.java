package com.mgsleep.kb.browser;

import java.time.Duration;
import java.util.List;

import com.mgsleep.kb.SiteClient;
import com.mgsleep.kb.SiteOverRealContent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * On an article page, an inline citation marker such as [1] previews the reference it
 * points to when hovered or focused (site.js), and the preview goes away again.
 */
@SiteOverRealContent
class CitationPreviewBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	private int port;

	@BeforeEach
	void openAnArticle() {
		browser.open("/articles/" + new SiteClient(this.port).getList("/api/articles").get(0).get("slug"));
		assertThat(browser.driver().findElements(By.cssSelector("a.cite-ref")))
			.as("citation markers on %s", browser.path())
			.isNotEmpty();
	}

	@Test
	void markerWhenHoveredThenPreviewShowsItsReferenceAndStaysWhileThePointerIsOverIt() {
		WebElement marker = browser.driver().findElement(By.cssSelector("a.cite-ref"));
		new Actions(browser.driver()).moveToElement(marker).perform();
		WebElement preview = browser.driver().findElement(By.cssSelector(".cite-preview[role='tooltip']"));
		assertThat(preview.isDisplayed()).isTrue();
		assertThat(preview.getText()).isEqualTo(referenceTextFor(marker));
		assertThat(marker.getDomAttribute("aria-describedby")).isEqualTo(preview.getDomAttribute("id"));
		browser.screenshot("article-citation-preview-hover");
		// WCAG 1.4.13: the pointer can move onto the preview, to read or select it,
		// without it closing
		new Actions(browser.driver()).moveToElement(preview).pause(Duration.ofMillis(800)).perform();
		assertThat(browser.driver().findElements(By.className("cite-preview"))).as("preview under the pointer")
			.hasSize(1);
		new Actions(browser.driver()).moveToElement(browser.driver().findElement(By.tagName("h1"))).perform();
		new WebDriverWait(browser.driver(), Duration.ofSeconds(3))
			.until((driver) -> driver.findElements(By.className("cite-preview")).isEmpty());
		assertThat(marker.getDomAttribute("aria-describedby")).isNull();
	}

	@Test
	void previewWhenEscapePressedThenClosesWithoutMovingThePointer() {
		WebElement marker = browser.driver().findElement(By.cssSelector("a.cite-ref"));
		new Actions(browser.driver()).moveToElement(marker).perform();
		assertThat(browser.driver().findElements(By.className("cite-preview"))).hasSize(1);
		browser.press(Keys.ESCAPE);
		assertThat(browser.driver().findElements(By.className("cite-preview"))).isEmpty();
	}

	@Test
	void markerWhenFocusedByKeyboardThenPreviewShowsOnScreenAndEscapeHidesIt() {
		browser.useWidth(Browser.NARROW);
		WebElement marker = tabToFirstMarker();
		WebElement preview = browser.driver().findElement(By.cssSelector(".cite-preview[role='tooltip']"));
		assertThat(preview.getText()).isEqualTo(referenceTextFor(marker));
		assertThat((Boolean) browser.script(
				"var r = arguments[0].getBoundingClientRect(); return r.left >= 0 && r.right <= innerWidth;", preview))
			.as("the preview fits the 390 px window")
			.isTrue();
		browser.screenshot("article-citation-preview-focus-390");
		browser.press(Keys.ESCAPE);
		assertThat(browser.driver().findElements(By.className("cite-preview"))).isEmpty();
	}

	private static WebElement tabToFirstMarker() {
		for (int i = 0; i < 300; i++) {
			browser.press(Keys.TAB);
			WebElement focused = browser.focused();
			if (List.of(String.valueOf(focused.getDomAttribute("class")).split(" ")).contains("cite-ref")) {
				return focused;
			}
		}
		return fail("No citation marker on %s within 300 presses of Tab", browser.path());
	}

	private static String referenceTextFor(WebElement marker) {
		String key = marker.getDomAttribute("href").replace("/citations/", "");
		return browser.driver().findElement(By.cssSelector("#ref-" + key + " .reference-text")).getText();
	}

}
