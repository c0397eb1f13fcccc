package com.mgsleep.kb.browser;

import java.util.List;

import com.mgsleep.kb.SiteOverRealContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An outcome's evidence table and its plot in a real browser, on a phone (390 px) and a
 * wide screen (1280 px): the plot is drawn inside the window with its marks on their
 * tracks, its text alternative is there for screen readers, and no row makes the page
 * scroll sideways.
 */
@SiteOverRealContent
class OutcomeTableBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@Test
	void outcomePageWhenNarrowThenPlotAndTableFitTheWindow() {
		check(Browser.NARROW);
		browser.screenshot("outcome-time-to-fall-asleep-390");
	}

	@Test
	void outcomePageWhenWideThenPlotAndTableFitTheWindow() {
		check(Browser.WIDE);
		browser.screenshot("outcome-time-to-fall-asleep-1280");
	}

	private static void check(int width) {
		browser.useWidth(width);
		browser.open("/outcomes/time-to-fall-asleep");
		WebElement plot = browser.driver().findElement(By.cssSelector("figure.forest-plot"));
		assertThat(plot.isDisplayed()).isTrue();
		assertThat(plot.findElement(By.cssSelector("figcaption")).getText()).contains("95% confidence intervals");
		String alternative = (String) browser
			.script("return document.querySelector('figure.forest-plot p.visually-hidden').textContent;");
		assertThat(alternative).contains("Mah & Pitre 2021: MD \u221217.36 min (95% CI \u221227.27 to \u22127.44)");
		List<WebElement> tracks = plot.findElements(By.cssSelector("svg.plot-track"));
		assertThat(tracks).isNotEmpty();
		for (WebElement track : tracks) {
			assertThat((Boolean) browser.script("""
					var svg = arguments[0], box = svg.getBoundingClientRect();
					var inside = function (line) {
						var r = line.getBoundingClientRect();
						return r.left >= box.left - 1 && r.right <= box.right + 1;
					};
					return box.width > 100 && box.left >= 0 && box.right <= innerWidth
						&& Array.from(svg.querySelectorAll('line.estimate, line.interval')).every(inside);""", track))
				.as("plot track at %d px", width)
				.isTrue();
		}
		assertThat((Boolean) browser.script("""
				return Array.from(document.querySelectorAll('.forest-plot .bar-label, .plot-axis span'))
					.every(function (e) {
						var r = e.getBoundingClientRect();
						return r.left >= 0 && r.right <= innerWidth && parseFloat(getComputedStyle(e).fontSize) >= 12;
					});""")).as("plot labels at %d px are inside the window and readable", width).isTrue();
		assertThat(browser.driver().findElements(By.cssSelector("table.evidence-table tbody tr"))).hasSize(2);
		assertThat((Boolean) browser.script("return document.documentElement.scrollWidth <= innerWidth;"))
			.as("no sideways scrolling at %d px", width)
			.isTrue();
	}

}
