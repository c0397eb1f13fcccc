package com.mgsleep.kb.content.markdown;

import java.util.List;
import java.util.stream.StreamSupport;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.util.ast.Node;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dialect parses tables and bare addresses whenever a text holds them, and the plain
 * parse used for validation finds the same links and raw HTML at the same lines.
 */
class MarkdownSyntaxTests {

	private static final String TABLE = """
			Doses in trials:

			| Trial | Dose |
			|---|---|
			| [Abbasi](/citations/abbasi-2012) | 500 mg <b>daily</b> |
			""";

	private final MarkdownSyntax syntax = new MarkdownSyntax();

	@Test
	void parseWhenTableThenTableBlock() {
		assertThat(nodes(this.syntax.parse(TABLE), TableBlock.class)).hasSize(1);
	}

	@Test
	void parseWhenBareAddressesThenAutolinks() {
		Node document = this.syntax.parse("Read https://example.org, www.example.net or mail a@example.org.");
		assertThat(nodes(document, AutoLink.class)).extracting((link) -> link.getUrl().toString())
			.containsExactly("https://example.org", "www.example.net");
		assertThat(nodes(document, MailLink.class)).hasSize(1);
	}

	@Test
	void parseWhenNoPipeOrAddressThenSameParagraphs() {
		assertThat(this.syntax.parse("Plain *prose* with a [link](/claims/x).").getChildChars().toString())
			.isEqualTo("Plain *prose* with a [link](/claims/x).");
		assertThat(nodes(this.syntax.parse("Plain *prose* with a [link](/claims/x)."), Link.class)).hasSize(1);
	}

	@Test
	void parseLinksAndHtmlWhenTableThenSameLinksAndHtmlAtSameLines() {
		Node full = this.syntax.parse(TABLE);
		Node plain = this.syntax.parseLinksAndHtml(TABLE);
		assertThat(lines(plain, Link.class)).isEqualTo(lines(full, Link.class)).containsExactly(4);
		assertThat(lines(plain, HtmlInline.class)).isEqualTo(lines(full, HtmlInline.class)).containsExactly(4, 4);
	}

	private static <T extends Node> List<T> nodes(Node document, Class<T> type) {
		return StreamSupport.stream(document.getDescendants().spliterator(), false)
			.filter(type::isInstance)
			.map(type::cast)
			.toList();
	}

	private static List<Integer> lines(Node document, Class<? extends Node> type) {
		return nodes(document, type).stream().map(Node::getStartLineNumber).toList();
	}

}
