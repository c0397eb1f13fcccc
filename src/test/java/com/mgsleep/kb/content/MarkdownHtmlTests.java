package com.mgsleep.kb.content;

import java.util.List;
import java.util.function.Function;

import com.mgsleep.kb.content.markdown.CitationUse;
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

	@Test
	void renderAllWhenSeveralTextsThenEachAsRenderWouldRenderIt() {
		List<String> texts = List.of("Onset fell by 17 minutes [@a].", "| a | b |\n|---|---|\n| 1 | 2 |",
				"- one\n- two [@b; @a]", "", "> quoted\n\n[site](https://example.org) ~~old~~", "    indented code",
				"Last <b>word</b>.");
		Function<CitationUse, String> numbers = (use) -> "[" + use.key() + "]";
		assertThat(this.markdown.renderAll(texts, numbers))
			.containsExactlyElementsOf(texts.stream().map((text) -> this.markdown.render(text, numbers)).toList());
	}

	@Test
	void renderAllWhenSameHeadingTwiceThenIdsStayUnique() {
		assertThat(this.markdown.renderAll(List.of("## Dose", "## Dose"), (use) -> ""))
			.containsExactly("<h2 id=\"dose\">Dose</h2>\n", "<h2 id=\"dose-1\">Dose</h2>\n");
	}

	@Test
	void renderAllWhenTextLeavesFenceOpenThenStillOneHtmlPerText() {
		List<String> texts = List.of("```\ncode never closed", "After the fence [@a].");
		assertThat(this.markdown.renderAll(texts, (use) -> "[1]")).containsExactly(
				this.markdown.render(texts.get(0), (use) -> "[1]"),
				"<p>After the fence <a href=\"/citations/a\" class=\"cite-ref\">[1]</a>.</p>\n");
	}

	@Test
	void renderAllWhenTextHoldsBreakMarkerThenNoCommentSurvives() {
		List<String> html = this.markdown.renderAll(List.of("One", "<!--text-break-->", "Two"), (use) -> "");
		assertThat(html).hasSize(3).noneMatch((text) -> text.contains("text-break") || text.contains("<!--"));
		assertThat(html.get(0)).isEqualTo("<p>One</p>\n");
		assertThat(html.get(2)).isEqualTo("<p>Two</p>\n");
	}

}
