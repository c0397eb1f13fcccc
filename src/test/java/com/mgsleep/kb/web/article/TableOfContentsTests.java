package com.mgsleep.kb.web.article;

import java.util.List;

import com.mgsleep.kb.web.article.TableOfContents.Entry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TableOfContentsTests {

	@Test
	void ofThenSecondLevelHeadingsOfEveryProseSectionInReadingOrderAsPlainText() {
		List<Entry> entries = TableOfContents.of(List.of(
				"<p>Intro</p>\n<h2 id=\"falling-asleep\">Falling asleep</h2>\n<h3 id=\"older-adults\">Older adults</h3>",
				"<h2 id=\"a-natural-sleep-aid\">A &#34;natural <em>sleep</em> aid&#34;?</h2>", "<p>No heading here</p>",
				"<h2 id=\"safety\">Safety &amp; limits</h2>"));
		assertThat(entries).containsExactly(new Entry("falling-asleep", "Falling asleep"),
				new Entry("a-natural-sleep-aid", "A \"natural sleep aid\"?"), new Entry("safety", "Safety & limits"));
		assertThat(entries.get(0).getHref()).isEqualTo("#falling-asleep");
	}

	@Test
	void ofWhenFewerThanThreeSectionsThenNone() {
		assertThat(TableOfContents.of(List.of("<h2 id=\"one\">One</h2><h2 id=\"two\">Two</h2>"))).isEmpty();
	}

}
