package com.mgsleep.kb.browser;

import java.util.List;

import com.mgsleep.kb.SiteOverRealContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dose and timing charts on {@code /dosages} can be read on a phone: every label is
 * whole, inside the window and in readable type, and the axis labels do not overlap.
 */
@SiteOverRealContent
class DosageChartsBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@Test
	void chartsWhenNarrowThenLabelsAreWholeReadableAndInsideTheWindow() {
		check(Browser.NARROW);
		browser.screenshot("dosages-charts-390");
	}

	@Test
	void chartsWhenWideThenLabelsAreWholeReadableAndInsideTheWindow() {
		check(Browser.WIDE);
	}

	private static void check(int width) {
		browser.useWidth(width);
		browser.open("/dosages");
		List<WebElement> labels = browser.driver().findElements(By.cssSelector(".bar-chart .bar-label"));
		assertThat(labels).as("chart rows").hasSizeGreaterThan(3);
		for (WebElement label : labels) {
			assertThat((Boolean) browser.script("var e = arguments[0], r = e.getBoundingClientRect();"
					+ " return r.left >= 0 && r.right <= innerWidth && e.scrollWidth <= e.clientWidth"
					+ " && parseFloat(getComputedStyle(e).fontSize) >= 12;", label))
				.as("label \"%s\" at %d px", label.getText(), width)
				.isTrue();
		}
		assertThat((Boolean) browser.script("""
				return Array.from(document.querySelectorAll('.chart-axis')).every(function (axis) {
					var shown = Array.from(axis.children).filter(function (li) {
						return getComputedStyle(li).visibility !== 'hidden';
					}).map(function (li) {
						var range = document.createRange();
						range.selectNodeContents(li);
						return range.getBoundingClientRect();
					});
					return shown.every(function (r, i) {
						return r.left >= 0 && r.right <= innerWidth && (i === 0 || shown[i - 1].right <= r.left);
					});
				});""")).as("axis labels at %d px are inside the window and apart", width).isTrue();
	}

}
