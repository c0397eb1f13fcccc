package com.mgsleep.kb.content.markdown;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dated changes editors record in an article's front matter and in a claim block.
 */
class ChangeListTests {

	private static final String ARTICLE = """
			---
			title: T
			summary: S
			last-reviewed: 2026-11-20
			changes:
			  - 2026-11-01: First published.
			  - 2026-11-20: Rewrote the section on timing; added two trials.
			---
			> [!claim] related-claim
			> A statement.
			>
			> - topics: insomnia
			> - verdict: limited: one trial
			> - supports: [@abbasi-2012]
			%s
			""";

	private final ContentParser parser = new ContentParser();

	@TempDir
	Path temp;

	@Test
	void parseThenArticleAndClaimChangesNewestFirstWithSemicolonsInsideNotesKept() {
		ParseResult result = parse(ARTICLE.formatted(
				"> - changes: 2026-11-02: first written; 2026-11-20: verdict lowered to limited; one trial, not two"));
		assertThat(result.errors()).isEmpty();
		ParsedArticle article = result.knowledgeBase()
			.articles()
			.stream()
			.filter((a) -> a.slug().equals("changes"))
			.findFirst()
			.orElseThrow();
		assertThat(article.changes()).containsExactly(
				new ParsedChange(LocalDate.of(2026, 11, 20), "Rewrote the section on timing; added two trials."),
				new ParsedChange(LocalDate.of(2026, 11, 1), "First published."));
		assertThat(article.claims().get(0).changes()).containsExactly(
				new ParsedChange(LocalDate.of(2026, 11, 20), "verdict lowered to limited; one trial, not two"),
				new ParsedChange(LocalDate.of(2026, 11, 2), "first written"));
	}

	@Test
	void parseWhenChangesAreMalformedThenErrorsAtTheirLines() {
		String future = LocalDate.now().plusDays(10).toString();
		ParseResult result = parse(
				ARTICLE.replace("  - 2026-11-01: First published.", "  - 2026-13-01: First published.")
					.formatted("> - changes: yesterday: something; " + future + ": later"));
		assertThat(result.errors()).extracting(ContentError::toString)
			.containsExactly(
					"articles/changes.md:6: `2026-13-01` is not a date; write changes as 2026-12-01: what changed",
					"articles/changes.md:15: cannot read the change `yesterday: something`; write"
							+ " `- changes: 2026-12-01: what changed; 2026-11-23: what changed before`",
					"articles/changes.md:15: change dated " + future + " is in the future; give the day it was made");
	}

	private ParseResult parse(String article) {
		ContentFixtures.copyValid(this.temp);
		try {
			Files.writeString(this.temp.resolve("articles/changes.md"), article, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return this.parser.parse(this.temp);
	}

}
