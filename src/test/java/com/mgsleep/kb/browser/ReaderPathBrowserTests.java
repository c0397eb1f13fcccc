package com.mgsleep.kb.browser;

import java.time.Duration;

import com.mgsleep.kb.SiteClient;
import com.mgsleep.kb.SiteOverRealContent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A reader goes from the home page to a topic, a claim in it, a study the claim cites,
 * and another claim citing that study: once with the mouse, once with the keyboard only.
 */
@SiteOverRealContent
class ReaderPathBrowserTests {

	/** More than any page here needs to reach its last link. */
	private static final int MAX_TABS = 600;

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	private int port;

	private ReaderPath path;

	@BeforeEach
	void findPath() {
		this.path = ReaderPath.find(new SiteClient(this.port));
	}

	@Test
	void readerClicksFromHomeThroughTopicClaimAndStudyToAnotherClaim() {
		browser.open("/");
		assertPage("/", "Does magnesium help you sleep?", "click-1-home");
		click(this.path.topicUrl());
		assertPage(this.path.topicUrl(), this.path.topicName(), "click-2-topic");
		click(this.path.claimUrl());
		assertPage(this.path.claimUrl(), this.path.claimStatement(), "click-3-claim");
		click(this.path.citationUrl());
		assertPage(this.path.citationUrl(), this.path.citationTitle(), "click-4-citation");
		click(this.path.otherClaimUrl());
		assertPage(this.path.otherClaimUrl(), this.path.otherClaimStatement(), "click-5-other-claim");
	}

	@Test
	void keyboardReaderSkipsToContentAndTakesTheSamePathWithTabAndEnter() {
		browser.open("/");
		browser.press(Keys.TAB);
		WebElement skipLink = browser.focused();
		assertThat(skipLink.getText()).isEqualTo("Skip to content");
		assertThat(skipLink.getDomAttribute("href")).isEqualTo("#main");
		assertFocusVisible(skipLink);
		assertThat(isOnScreen(skipLink)).as("the focused skip link is on screen").isTrue();
		browser.screenshot("keyboard-0-skip-link");
		browser.press(Keys.ENTER);
		assertThat(browser.focused().getDomAttribute("id")).isEqualTo("main");
		browser.press(Keys.TAB);
		assertThat(browser.script("return arguments[0].closest('main') !== null", browser.focused()))
			.as("the first Tab after the skip link lands in the main content, not the header")
			.isEqualTo(true);

		tabToAndEnter(this.path.topicUrl());
		assertPage(this.path.topicUrl(), this.path.topicName(), "keyboard-1-topic");
		tabToAndEnter(this.path.claimUrl());
		assertPage(this.path.claimUrl(), this.path.claimStatement(), "keyboard-2-claim");
		tabToAndEnter(this.path.citationUrl());
		assertPage(this.path.citationUrl(), this.path.citationTitle(), "keyboard-3-citation");
		tabToAndEnter(this.path.otherClaimUrl());
		assertPage(this.path.otherClaimUrl(), this.path.otherClaimStatement(), "keyboard-4-other-claim");
	}

	private void click(String href) {
		browser.driver().findElement(By.cssSelector("main a[href='" + href + "']")).click();
		waitFor(href);
	}

	/**
	 * Presses Tab until a link to {@code href} has the focus, checks the focus shows,
	 * presses Enter.
	 */
	private void tabToAndEnter(String href) {
		for (int i = 0; i < MAX_TABS; i++) {
			browser.press(Keys.TAB);
			WebElement focused = browser.focused();
			if (href.equals(focused.getDomAttribute("href"))) {
				assertFocusVisible(focused);
				browser.press(Keys.ENTER);
				waitFor(href);
				return;
			}
		}
		fail("No link to %s on %s within %d presses of Tab", href, browser.path(), MAX_TABS);
	}

	private static void waitFor(String path) {
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches(path + "$"));
	}

	private static void assertPage(String path, String heading, String screenshot) {
		assertThat(browser.path()).isEqualTo(path);
		assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo(heading);
		browser.screenshot(screenshot);
	}

	/** The focused element has an outline or a shadow drawn around it. */
	private static void assertFocusVisible(WebElement element) {
		String style = (String) browser.script("var s = getComputedStyle(arguments[0]);"
				+ " return s.outlineStyle + ' ' + s.outlineWidth + ' | ' + s.boxShadow;", element);
		boolean outline = !style.startsWith("none") && !style.contains(" 0px |");
		boolean shadow = !style.endsWith("| none");
		assertThat(outline || shadow).as("focus is visible on %s (%s)", element.getDomAttribute("href"), style)
			.isTrue();
	}

	private static boolean isOnScreen(WebElement element) {
		return (Boolean) browser.script("var r = arguments[0].getBoundingClientRect();"
				+ " return r.width > 0 && r.height > 0 && r.left >= 0 && r.top >= 0"
				+ " && r.right <= innerWidth && r.bottom <= innerHeight;", element);
	}

}
