package com.mgsleep.kb.content.markdown;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ContentValidator}, the rules that span files, through
 * {@link ContentParser#parse}: each test lays one broken file over the valid fixture.
 */
class ContentValidatorTests {

	private final ContentParser parser = new ContentParser();

	@TempDir
	Path temp;

	@Test
	void validateWhenCitationKeyUnknownThenSuggestsClosestKey() {
		assertThat(errorsOf("unknown-citation-key"))
			.containsExactly("articles/typo.md:6: unknown citation key `abasi-2012`; did you mean `abbasi-2012`?");
	}

	@Test
	void validateWhenCitationKeyFarFromAnyKeyThenGivesNoHint() {
		write("forms/citrate.md", "---\nname: Magnesium citrate\n---\nA laxative [@held-2002].\n");
		assertThat(errors()).containsExactly(
				"forms/citrate.md:1: form page /forms/citrate has no bottom line; open its body with `> [!bottom-line]` and the answer"
						+ " in plain words, every sentence linking to a claim",
				"forms/citrate.md:4: unknown citation key `held-2002`");
	}

	@Test
	void validateWhenClaimIdDuplicatedThenReportsSecondWithFirstLocation() {
		assertThat(errorsOf("duplicate-claim-id")).containsExactly("articles/timing.md:8: duplicate claim id"
				+ " `sleep-onset-older-adults`; first defined at articles/sleep-onset.md:10; claim ids must be unique"
				+ " across the knowledge base");
	}

	@Test
	void validateWhenTopicUnknownThenReportsArticleAndClaim() {
		assertThat(errorsOf("unknown-topic")).containsExactly("articles/topics.md:1: unknown topic `sleep-latency`",
				"articles/topics.md:7: unknown topic `falling-aslep`; did you mean `falling-asleep`?");
	}

	@Test
	void validateWhenFormUnknownThenReportsClaimAndDosageRow() {
		assertThat(errorsOf("unknown-form")).containsExactly(
				"articles/forms.md:6: unknown form `oxyde`; did you mean `oxide`?",
				"articles/forms.md:17: unknown form `citrate`");
	}

	@Test
	void validateWhenSiteLinkBrokenThenReportsLinkLine() {
		assertThat(errorsOf("broken-link")).containsExactly(
				"topics/sleep-quality.md:1: topic page /topics/sleep-quality has no bottom line; open its body with `> [!bottom-line]` and the answer"
						+ " in plain words, every sentence linking to a claim",
				"topics/sleep-quality.md:6: broken link `/claims/nope`: unknown claim `nope`");
	}

	@Test
	void validateWhenAssertedByCitesPrimaryStudyThenReportsCitationLine() {
		assertThat(errorsOf("asserted-by-primary")).containsExactly("articles/asserted.md:11: `abbasi-2012` is a rct,"
				+ " not a web article; `asserted-by` lists secondary sources, primary evidence goes under `supports`"
				+ " or `contradicts`");
	}

	@Test
	void validateWhenRelatedClaimUnknownThenSuggestsClaimId() {
		write("articles/related.md", """
				---
				title: T
				summary: S
				last-reviewed: 2026-11-20
				---
				> [!claim] related-claim
				> A statement.
				>
				> - topics: insomnia
				> - verdict: limited: one trial
				> - supports: [@abbasi-2012]
				> - related: timing-1-2-hour, related-claim
				""");
		assertThat(errors()).containsExactly("articles/related.md:6: claim `related-claim` lists itself as related",
				"articles/related.md:6: unknown claim id `timing-1-2-hour`; did you mean `timing-1-2-hours`?");
	}

	@Test
	void validateWhenLastReviewedIsInTheFutureThenReportsFrontMatterLine() {
		String nextWeek = java.time.LocalDate.now().plusDays(7).toString();
		write("articles/future.md", """
				---
				title: T
				summary: S
				last-reviewed: %s
				---
				Prose.
				""".formatted(nextWeek));
		assertThat(errors()).containsExactly("articles/future.md:4: `last-reviewed` " + nextWeek
				+ " is in the future; give the date the page was last reviewed");
	}

	@Test
	void validateWhenDisagreementNamesUnknownClaimThenReportsDisagreementLine() {
		write("articles/disagree.md", """
				---
				title: T
				summary: S
				last-reviewed: 2026-11-20
				---
				> [!disagreement] how-much
				> How much to take
				>
				> - claims: timing-1-2-hours, dose-400-mg
				""");
		assertThat(errors()).containsExactly("articles/disagree.md:6: unknown claim id `dose-400-mg`");
	}

	@Test
	void validateWhenReferenceKeyDuplicatedAcrossFilesThenReportsSecondWithFirstLocation() {
		write("references/more.md", """
				---
				references:
				- id: iom-1997
				  type: book
				  title: The same report again
				  design: reference-report
				  status: verified
				---
				""");
		assertThat(errors()).containsExactly("references/more.md:3: duplicate reference id `iom-1997`; first defined"
				+ " at references/bibliography.md:33");
	}

	@Test
	void validateWhenCitedByNamesUnknownOrPrimarySourceThenReportsReferenceLine() {
		write("references/more.md", """
				---
				references:
				- id: held-2002
				  type: article-journal
				  title: A sleep EEG study
				  design: rct
				  status: verified
				  cited-by: [seed-shop-2024, abbasi-2012]
				---
				""");
		assertThat(errors()).containsExactly(
				"references/more.md:3: `cited-by` lists `abbasi-2012`, which is not a web article",
				"references/more.md:3: unknown citation key `seed-shop-2024` in `cited-by`; did you mean"
						+ " `seed-shop-2025`?");
	}

	@Test
	void validateWhenAliasBelongsToTwoFormsThenReportsSecondForm() {
		write("forms/oxide-heavy.md", "---\nname: Heavy magnesium oxide\naliases: [Magnesia]\n---\n");
		assertThat(errors()).containsExactly(
				"forms/oxide-heavy.md:1: form page /forms/oxide-heavy has no bottom line; open its body with `> [!bottom-line]` and the answer"
						+ " in plain words, every sentence linking to a claim",
				"forms/oxide.md:1: alias `magnesia` is also an alias of form `oxide-heavy`");
	}

	@Test
	void validateWhenReviewFieldsMissingMisplacedOrUnknownThenReportsEach() {
		write("references/reviews.md", """
				---
				references:
				- id: some-review
				  type: article-journal
				  title: A review
				  design: systematic-review
				  status: verified
				  includes: [abbasi-2012, abasi-2012, seed-shop-2025]
				- id: some-trial
				  type: article-journal
				  title: A trial
				  design: rct
				  status: verified
				  review-of: randomized-trials
				- id: rated-review
				  type: article-journal
				  title: A rated review
				  design: meta-analysis
				  status: verified
				  review-of: trials
				  rated-certainty: certain
				---
				""");
		assertThat(errors()).containsExactly(
				"references/reviews.md:3: `includes` lists `seed-shop-2025`, which is not a study the review pooled",
				"references/reviews.md:3: `some-review` is a systematic-review; say what it pooled with"
						+ " `review-of: randomized-trials` or `review-of: observational-studies`",
				"references/reviews.md:3: unknown citation key `abasi-2012` in `includes`; did you mean `abbasi-2012`?",
				"references/reviews.md:9: `review-of`, `includes` and `rated-certainty` apply to designs meta-analysis"
						+ " and systematic-review only",
				"references/reviews.md:20: unknown review-of `trials` (allowed: randomized-trials,"
						+ " observational-studies)",
				"references/reviews.md:21: unknown rated-certainty `certain` (allowed: high, moderate, low,"
						+ " very-low)");
	}

	@Test
	void validateWhenClaimKindUnknownThenListsKinds() {
		write("articles/kind.md", """
				---
				title: Kinds
				summary: A claim of an unknown kind.
				last-reviewed: 2026-11-20
				---
				> [!claim] rda-is-a-figure
				> The RDA is a figure.
				>
				> - topics: falling-asleep
				> - kind: reference
				> - verdict: supported: the report says so
				> - supports: [@iom-1997]
				""");
		assertThat(errors()).containsExactly(
				"articles/kind.md:10: unknown kind `reference` (allowed: effect, reference-value, physiology)");
	}

	@Test
	void validateWhenUpperLimitsStatedButNoneForAdultsThenReportsTheFirstRow() {
		write("articles/limits.md", """
				---
				title: Limits
				summary: Upper limits for children.
				topics: [falling-asleep]
				last-reviewed: 2026-11-20
				---
				Limits for children.

				> [!dosages] Limits
				> | population | amount | purpose | form | timing | sources | note |
				> |---|---|---|---|---|---|---|
				> | children-4-8 | 110 mg/day | upper-limit | | | [@iom-1997] | |
				""");
		assertThat(errors()).containsExactly("articles/limits.md:12: the dosage tables give `upper-limit` rows but"
				+ " none for `adults`; add the adult upper limit, such as `| adults | 350 mg/day | upper-limit | ... |`");
	}

	private List<String> errorsOf(String brokenCase) {
		return messages(this.parser.parse(ContentFixtures.validWith(brokenCase, this.temp)));
	}

	private void write(String path, String text) {
		ContentFixtures.writeOverValid(this.temp, path, text);
	}

	private List<String> errors() {
		return ContentFixtures.errors(this.temp);
	}

	private static List<String> messages(ParseResult result) {
		return result.errors().stream().map(ContentError::toString).toList();
	}

}
