package com.mgsleep.kb.browser;

import java.util.List;
import java.util.Map;

import com.mgsleep.kb.SiteClient;
import com.mgsleep.kb.SiteOverRealContent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A long article lists its sections: beside the text and sticky on a wide screen, above
 * the text on a phone; each entry takes the reader to its section.
 */
@SiteOverRealContent
class TableOfContentsBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	private int port;

	private String longest;

	@BeforeEach
	void findTheLongestArticle() {
		long most = -1;
		for (Map<String, Object> article : new SiteClient(this.port).getList("/api/articles")) {
			browser.open("/articles/" + article.get("slug"));
			long headings = (Long) browser.script("return document.querySelectorAll('.article-text h2[id]').length");
			if (headings > most) {
				most = headings;
				this.longest = browser.path();
			}
		}
		assertThat(most).as("sections of the longest article").isGreaterThanOrEqualTo(3);
		browser.open(this.longest);
	}

	@Test
	void contentsWhenWideThenBesideTheTextAndStillInViewAfterScrolling() {
		WebElement contents = browser.driver().findElement(By.cssSelector("nav.toc"));
		WebElement text = browser.driver().findElement(By.cssSelector(".article-text"));
		assertThat(contents.getRect().getX()).as("the contents sit right of the text")
			.isGreaterThanOrEqualTo(text.getRect().getX() + text.getRect().getWidth());
		browser.script("window.scrollTo(0, document.body.scrollHeight / 2)");
		assertThat((Boolean) browser.script(
				"var r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight;", contents))
			.as("the contents stay on screen halfway down %s", this.longest)
			.isTrue();
		browser.screenshot("article-contents-1280-scrolled");
	}

	@Test
	void contentsThenEveryEntryLinksToAHeadingOfThePageAndTakesTheReaderThere() {
		List<WebElement> entries = browser.driver().findElements(By.cssSelector("nav.toc a"));
		for (WebElement entry : entries) {
			String id = entry.getDomAttribute("href").substring(1);
			assertThat(browser.driver().findElements(By.id(id))).as("target of %s", entry.getText()).hasSize(1);
		}
		WebElement third = entries.get(2);
		String id = third.getDomAttribute("href").substring(1);
		third.click();
		assertThat(browser.driver().getCurrentUrl()).endsWith("#" + id);
		assertThat(((Number) browser.script("return document.getElementById(arguments[0]).getBoundingClientRect().top",
				id))
			.doubleValue()).as("where the section %s is in the window", id).isBetween(-1.0, 150.0);
	}

	@Test
	void contentsWhenNarrowThenAboveTheTextAndInsideTheWindow() {
		browser.useWidth(Browser.NARROW);
		browser.open(this.longest);
		WebElement contents = browser.driver().findElement(By.cssSelector("nav.toc"));
		WebElement firstProse = browser.driver().findElement(By.cssSelector(".article-text > *"));
		assertThat(contents.getRect().getY() + contents.getRect().getHeight())
			.isLessThanOrEqualTo(firstProse.getRect().getY());
		assertThat(contents.getRect().getX() + contents.getRect().getWidth()).isLessThanOrEqualTo(Browser.NARROW);
		browser.screenshot("article-contents-390");
	}

}
