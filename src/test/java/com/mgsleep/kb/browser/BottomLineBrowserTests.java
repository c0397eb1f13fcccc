package com.mgsleep.kb.browser;

import com.mgsleep.kb.SiteOverRealContent;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home page answers its question before the reader scrolls, on a laptop and on a
 * phone.
 */
@SiteOverRealContent
class BottomLineBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@ParameterizedTest(name = "{0}x{1}")
	@CsvSource({ "1280, 900", "390, 844" })
	void homeWhenOpenedThenTheWholeBottomLineIsOnTheFirstScreen(int width, int height) {
		browser.useViewport(width, height);
		browser.open("/");
		assertThat(browser.script("return innerHeight")).isEqualTo((long) height);
		WebElement answer = browser.driver().findElement(By.cssSelector(".bottom-line .bottom-line-text"));
		assertThat(answer.isDisplayed()).isTrue();
		Number bottom = (Number) browser.script("return arguments[0].getBoundingClientRect().bottom", answer);
		assertThat(bottom.doubleValue()).as("bottom of the answer at %sx%s", width, height).isLessThanOrEqualTo(height);
		assertThat(answer.findElements(By.cssSelector("a[href^='/claims/']"))).hasSizeGreaterThanOrEqualTo(6);
		browser.screenshot("home-bottom-line-" + width + "x" + height);
	}

}
