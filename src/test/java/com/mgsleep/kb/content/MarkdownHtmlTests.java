package com.mgsleep.kb.content;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Markdown in, sanitized HTML out.
 */
class MarkdownHtmlTests {

	private final MarkdownHtml markdown = new MarkdownHtml();

	@Test
	void renderWhenCitationGroupThenOneLinkPerKey() {
		String html = this.markdown.render("Shorter sleep onset [@a; @b, p. 3].", (use) -> "[" + use.key() + "]");
		assertThat(html).isEqualTo("<p>Shorter sleep onset <a href=\"/citations/a\" class=\"cite-ref\">[a]</a>"
				+ "<a href=\"/citations/b\" class=\"cite-ref\">[b]</a>.</p>\n");
	}

	@Test
	void renderWhenScriptOrJavascriptLinkThenNothingExecutableSurvives() {
		String html = this.markdown.render("<script>alert(1)</script>\n\n[x](javascript:alert(1)) <b onclick=x>y</b>",
				(use) -> "");
		assertThat(html).contains("&lt;script&gt;")
			.doesNotContain("<script")
			.doesNotContain("<b")
			.doesNotContain("href=\"javascript");
	}

	@Test
	void renderWhenExternalLinkThenMarkedExternal() {
		assertThat(this.markdown.render("[site](https://example.org)", (use) -> ""))
			.isEqualTo("<p><a href=\"https://example.org\" class=\"external\" rel=\"nofollow noopener noreferrer\">"
					+ "site</a></p>\n");
	}

	@Test
	void renderWhenTableThenWrappedSoThatItScrollsOnItsOwn() {
		assertThat(this.markdown.render("| a | b |\n|---|---|\n| 1 | 2 |\n", (use) -> ""))
			.startsWith("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Table\"><table>")
			.endsWith("</table></div>\n");
	}

	@Test
	void renderWhenBareWebOrMailAddressThenLinked() {
		assertThat(this.markdown.render("See https://example.org or www.example.net, or write to editors@example.org.",
				(use) -> ""))
			.contains("<a href=\"https://example.org\" class=\"external\"")
			.contains("<a href=\"http://www.example.net\" class=\"external\"")
			.contains("<a href=\"mailto:editors&#64;example.org\">");
	}

	@Test
	void renderWhenStrikethroughWithoutTableOrAddressThenStruckThrough() {
		assertThat(this.markdown.render("Take it ~~with~~ without food.", (use) -> ""))
			.isEqualTo("<p>Take it <del>with</del> without food.</p>\n");
	}

}
