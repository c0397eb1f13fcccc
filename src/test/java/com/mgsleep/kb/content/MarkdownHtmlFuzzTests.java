package com.mgsleep.kb.content;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.mgsleep.kb.content.markdown.ContentParser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Feeds arbitrary bytes to the Markdown renderer as content prose and checks what the
 * sanitizer lets through: only the elements and attributes it allows, links only to the
 * web, mail or the site itself, and never a script or an event handler. Prose that
 * overflows the Markdown parser never reaches the renderer, because the content check
 * refuses it first; the test checks that it does. Without {@code JAZZER_FUZZ=1} only the
 * inputs in {@code MarkdownHtmlFuzzTestsInputs} run, as a regression test.
 */
class MarkdownHtmlFuzzTests {

	private static final Set<String> ELEMENTS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
			"blockquote", "em", "strong", "del", "code", "pre", "hr", "br", "table", "thead", "tbody", "tr", "th", "td",
			"a", "sup", "sub", "div");

	private static final Map<String, Set<String>> ATTRIBUTES = Map.of("a", Set.of("href", "title", "class", "rel"),
			"h2", Set.of("id"), "h3", Set.of("id"), "h4", Set.of("id"), "th", Set.of("align"), "td", Set.of("align"),
			"div", Set.of("class", "role", "tabindex", "aria-label"));

	private final MarkdownHtml markdown = new MarkdownHtml();

	private final ContentParser parser = new ContentParser();

	@FuzzTest(maxDuration = "10s")
	void renderWhenAnyMarkdownThenOnlyAllowedMarkup(byte[] bytes) {
		String source = new String(bytes, StandardCharsets.UTF_8);
		String html;
		try {
			html = this.markdown.render(source, (use) -> "[1]");
		}
		catch (StackOverflowError ex) {
			// only checked content is rendered: what overflows the Markdown parser must
			// be refused by the check, at a line, before it gets here
			String article = "---\ntitle: Fuzz\nsummary: Fuzz\ntopics: [fuzz]\n---\n" + source;
			assertThat(this.parser.parseFile("articles/fuzz.md", article.getBytes(StandardCharsets.UTF_8)).errors())
				.as("errors for prose the renderer cannot render")
				.isNotEmpty();
			return;
		}
		assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<iframe");
		for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
			if (element.tagName().equals("body")) {
				continue;
			}
			assertThat(ELEMENTS).as("element in %s", html).contains(element.tagName());
			for (Attribute attribute : element.attributes()) {
				assertThat(ATTRIBUTES.getOrDefault(element.tagName(), Set.of()))
					.as("attribute %s of <%s> in %s", attribute.getKey(), element.tagName(), html)
					.contains(attribute.getKey());
			}
			if (element.hasAttr("href")) {
				assertThat(element.attr("href")).as("link in %s", html).matches("(?i)(https?:|mailto:|/|#|[^:]*$).*");
			}
		}
	}

}
