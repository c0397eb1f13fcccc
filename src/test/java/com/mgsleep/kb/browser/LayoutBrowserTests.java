package com.mgsleep.kb.browser;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.mgsleep.kb.SiteClient;
import com.mgsleep.kb.SiteOverRealContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of page at 1280 px and on a 390 px phone, in the light and the dark colour
 * scheme, with a screenshot of each in {@code target/screenshots}.
 */
@SiteOverRealContent
class LayoutBrowserTests {

	private static final Pattern RGB = Pattern.compile("rgba?\\((\\d+), (\\d+), (\\d+)");

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	private int port;

	static java.util.stream.Stream<String> kinds() {
		return SamplePages.kinds();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("kinds")
	void pageWhenNarrowThenFitsTheWidthWithoutHorizontalScroll(String kind) {
		String path = new SamplePages(new SiteClient(this.port)).path(kind);
		browser.open(path);
		browser.screenshot(SamplePages.name(kind) + "-1280-light");
		browser.useWidth(Browser.NARROW);
		browser.open(path);
		assertThat(browser.script("return innerWidth")).isEqualTo(390L);
		long scrollWidth = (Long) browser.script("return document.documentElement.scrollWidth");
		long clientWidth = (Long) browser.script("return document.documentElement.clientWidth");
		assertThat(scrollWidth).as("page width of %s at 390 px (wider than the window: %s)", path, widerThanWindow())
			.isLessThanOrEqualTo(clientWidth);
		browser.screenshot(SamplePages.name(kind) + "-390-light");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("kinds")
	void pageWhenDarkSchemePreferredThenDarkBackgroundAndLightText(String kind) {
		String path = new SamplePages(new SiteClient(this.port)).path(kind);
		browser.useColorScheme("dark");
		browser.open(path);
		WebElement body = browser.driver().findElement(By.tagName("body"));
		assertThat(luminance(body.getCssValue("background-color"))).as("body background").isLessThan(0.05);
		assertThat(luminance(body.getCssValue("color"))).as("body text").isGreaterThan(0.6);
		browser.screenshot(SamplePages.name(kind) + "-1280-dark");
		browser.useWidth(Browser.NARROW);
		browser.screenshot(SamplePages.name(kind) + "-390-dark");
	}

	@Test
	void navigationWhenNarrowThenEveryLinkIsOnScreenAndWorks() {
		browser.useWidth(Browser.NARROW);
		browser.open("/");
		List<WebElement> links = browser.driver().findElements(By.cssSelector("nav[aria-label='Main'] a"));
		assertThat(links).hasSizeGreaterThanOrEqualTo(8);
		for (WebElement link : links) {
			assertThat(link.isDisplayed()).as(link.getText()).isTrue();
			assertThat((Boolean) browser.script("var r = arguments[0].getBoundingClientRect();"
					+ " return r.left >= 0 && r.right <= innerWidth && r.height >= 20;", link))
				.as("%s is on screen and tall enough to tap", link.getText())
				.isTrue();
		}
		browser.screenshot("nav-390-light");
		browser.driver().findElement(By.linkText("References")).click();
		assertThat(browser.path()).isEqualTo("/citations");
		assertThat(browser.driver().findElement(By.tagName("h1")).isDisplayed()).isTrue();
	}

	/**
	 * The elements that reach past the right edge of the window, for the failure message.
	 */
	private static Object widerThanWindow() {
		return browser.script("return Array.from(document.querySelectorAll('body *'))"
				+ ".filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)"
				+ ".slice(0, 5).map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : ''))");
	}

	/** Relative luminance (WCAG) of a CSS colour such as {@code rgb(18, 22, 28)}. */
	private static double luminance(String color) {
		Matcher rgb = RGB.matcher(color);
		assertThat(rgb.find()).as("a colour: %s", color).isTrue();
		double[] channels = new double[3];
		for (int i = 0; i < 3; i++) {
			double c = Integer.parseInt(rgb.group(i + 1)) / 255.0;
			channels[i] = (c <= 0.03928) ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
		}
		return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
	}

}
