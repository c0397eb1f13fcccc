package com.mgsleep.kb.content.markdown;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Content that once crashed or hung the parser gives located errors, and the other files
 * are still checked.
 */
class HostileContentTests {

	private static final String FRONT = "---\ntitle: T\nsummary: S.\nlast-reviewed: 2026-11-20\n---\n";

	@TempDir
	Path temp;

	@Test
	void parseWhenALineNestsTwoThousandListItemsThenErrorAtThatLineAndOtherFilesStillChecked() throws IOException {
		ContentFixtures.copyValid(this.temp);
		write("articles/deep.md", FRONT + "Fine.\n\n" + "- ".repeat(2000) + "word\n");
		write("articles/typo.md", FRONT + "A cite [@abasi-2012].\n");
		List<String> errors = errors();
		assertThat(errors).contains("articles/deep.md:8: line nests 2000 quotes or list items inside each other,"
				+ " more than the 16 allowed; flatten the list or quote");
		assertThat(errors)
			.contains("articles/typo.md:6: unknown citation key `abasi-2012`; did you mean `abbasi-2012`?");
	}

	@Test
	void parseWhenEmphasisRunsOverflowTheMarkdownParserThenErrorAtThatLine() {
		String text = FRONT + "A fine line.\n\n" + "*".repeat(4900) + "x" + "*".repeat(4900) + "\n";
		assertThat(new ContentParser().parseFile("articles/stars.md", text.getBytes(StandardCharsets.UTF_8)).errors())
			.extracting(ContentError::toString)
			.containsExactly("articles/stars.md:8: this Markdown nests too deeply to read (long runs of `*`, `_`,"
					+ " `[` or list markers); simplify it");
	}

	@Test
	void parseWhenNestingWithinTheLimitThenAccepted() {
		assertThat(SourceLimits.nestingDepth("> > - - item")).isEqualTo(4);
		assertThat(SourceLimits.nestingDepth("---")).isZero();
		assertThat(SourceLimits.nestingDepth("-5 mg is not a list")).isZero();
		ParseResult result = new ContentParser().parseFile("articles/nested.md",
				(FRONT + "- a\n  - b\n    - c\n").getBytes(StandardCharsets.UTF_8));
		assertThat(result.errors()).isEmpty();
	}

	@Test
	void parseWhenLineOrFileTooLongThenSaysWhatToDo() {
		ParseResult longLine = new ContentParser().parseFile("articles/long.md",
				(FRONT + "x".repeat(10_001) + "\n").getBytes(StandardCharsets.UTF_8));
		assertThat(longLine.errors()).extracting(ContentError::toString)
			.containsExactly("articles/long.md:6: line is 10,001 characters long, more than the 10,000 allowed; break"
					+ " it into shorter lines or paragraphs");
		byte[] big = (FRONT + "Words in a paragraph.\n\n".repeat(50_000)).getBytes(StandardCharsets.UTF_8);
		assertThat(new ContentParser().parseFile("articles/big.md", big).errors()).extracting(ContentError::toString)
			.containsExactly("articles/big.md:1: file is " + String.format(java.util.Locale.ROOT, "%,d", big.length)
					+ " bytes, more than the 1,048,576 allowed; split it into several files");
	}

	@Test
	void scanWhenManyParagraphsThenEachLinkIsReportedAtItsOwnLine() {
		StringBuilder body = new StringBuilder(FRONT);
		for (int i = 0; i < 2_000; i++) {
			body.append("Paragraph ").append(i).append(".\n\n");
		}
		body.append("A [bad link](ftp://example.org) here.\n");
		ParseResult result = new ContentParser().parseFile("articles/many.md",
				body.toString().getBytes(StandardCharsets.UTF_8));
		assertThat(result.errors()).extracting(ContentError::line).containsExactly(6 + 4_000);
	}

	@Test
	void lineIndexFindsTheLineOfEveryOffset() {
		ProseScanner.LineIndex index = new ProseScanner.LineIndex("ab\ncd\n\nef");
		assertThat(index.lineOf(0)).isZero();
		assertThat(index.lineOf(2)).isZero();
		assertThat(index.lineOf(3)).isEqualTo(1);
		assertThat(index.lineOf(6)).isEqualTo(2);
		assertThat(index.lineOf(7)).isEqualTo(3);
	}

	@Test
	void parseWhenAmountImplausibleThenRefused() {
		String table = FRONT + "> [!dosages]\n> | population | amount | purpose | sources |\n> |---|---|---|---|\n"
				+ "> | adults | 99999999999999999999 mg/day | sleep-support | [@abbasi-2012] |\n"
				+ "> | adults | 0 mg/day | sleep-support | [@abbasi-2012] |\n"
				+ "> | adults | 300 mg/day | sleep-support | [@abbasi-2012] |\n";
		assertThat(new ContentParser().parseFile("articles/doses.md", table.getBytes(StandardCharsets.UTF_8)).errors())
			.extracting(ContentError::toString)
			.containsExactly(
					"articles/doses.md:9: amount `99999999999999999999 mg/day` is more than 5000 mg/day of elemental"
							+ " magnesium; check the number and the unit",
					"articles/doses.md:10: amount `0 mg/day` must be more than 0 mg/day");
	}

	@Test
	void parseWhenDoiCarriesMarkupThenRefused() {
		String refs = "---\nreferences:\n- id: x-2020\n  type: article-journal\n  title: X\n"
				+ "  DOI: '10.1093/x\"><script>'\n  design: rct\n  status: verified\n---\n";
		assertThat(new ContentParser().parseFile("references/x.md", refs.getBytes(StandardCharsets.UTF_8)).errors())
			.extracting(ContentError::message)
			.anySatisfy((message) -> assertThat(message).startsWith("DOI `10.1093/x\"><script>` is not well-formed"));
	}

	@Test
	void parseWhenRawHtmlInAnyFieldThenRefusedAtItsLine() {
		String article = "---\ntitle: Sleep <b>now</b>\nsummary: S.\nlast-reviewed: 2026-11-20\n---\n"
				+ "> [!claim] html-claim\n> Magnesium <script>alert(1)</script> helps.\n>\n"
				+ "> - topics: falling-asleep\n> - verdict: unsupported: a blog <i>says</i> so\n"
				+ "> - asserted-by: [@seed-shop-2025]\n";
		assertThat(new ContentParser().parseFile("articles/html.md", article.getBytes(StandardCharsets.UTF_8)).errors())
			.extracting(ContentError::toString)
			.containsExactly(
					"articles/html.md:2: raw HTML is not allowed (`<b>`); write plain text or Markdown instead",
					"articles/html.md:7: raw HTML is not allowed (`<script>`); write plain text or Markdown instead",
					"articles/html.md:10: raw HTML is not allowed (`<i>`); write plain text or Markdown instead");
	}

	@Test
	void parseWhenLessThanSignIsNotATagThenAccepted() {
		String article = FRONT + "> [!claim] p-value\n> The difference was small, p<0.05, at <1 g a day.\n>\n"
				+ "> - topics: falling-asleep\n> - verdict: unsupported: only a blog\n"
				+ "> - asserted-by: [@seed-shop-2025]\n";
		assertThat(new ContentParser().parseFile("articles/p.md", article.getBytes(StandardCharsets.UTF_8)).errors())
			.isEmpty();
	}

	@Test
	void parseWhenBibliographyCannotBeReadThenOneLineInsteadOfAnErrorPerCitation() throws IOException {
		ContentFixtures.copyValid(this.temp);
		Path bibliography = this.temp.resolve("references/bibliography.md");
		// the closing fence goes: the whole front matter, and every entry in it, is lost
		Files.writeString(bibliography,
				Files.readString(bibliography).replace("\n---\nThe references", "\nThe references"));
		List<String> errors = errors();
		assertThat(errors).noneMatch((error) -> error.contains("unknown citation key"));
		assertThat(errors).filteredOn((error) -> error.startsWith("references/bibliography.md:1:"))
			.hasSize(2)
			.anySatisfy((error) -> assertThat(error).contains("front matter opened with `---` is never closed"))
			.anySatisfy((error) -> assertThat(error).matches(".*: \\d+ citations could not be checked because this"
					+ " bibliography file could not be read; fix it first"));
	}

	private void write(String path, String text) throws IOException {
		Files.writeString(this.temp.resolve(path), text, StandardCharsets.UTF_8);
	}

	private List<String> errors() {
		return new ContentParser().parse(this.temp).errors().stream().map(ContentError::toString).toList();
	}

}
