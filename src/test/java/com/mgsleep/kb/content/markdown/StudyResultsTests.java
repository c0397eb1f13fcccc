package com.mgsleep.kb.content.markdown;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the {@code results:} of a reference and its {@code elemental-dose}, read by
 * {@link ResultReader} and checked by {@link ReferenceChecks}.
 */
class StudyResultsTests {

	private static final String HEAD = """
			---
			references:
			- id: some-trial
			  type: article-journal
			  title: A trial
			  design: rct
			  status: verified
			  participants: 46
			""";

	private final ContentParser parser = new ContentParser();

	@TempDir
	Path temp;

	@Test
	void parseWhenResultsWellFormedThenReadsNumbersAndDose() {
		write(HEAD + """
				  elemental-dose: 30 mmol/day
				  results:
				  - outcome: time-to-fall-asleep
				    direction: better
				    finding: Fell by about 17 minutes against placebo.
				    effect: mean-difference
				    value: -17.36
				    ci: -27.27 to -7.44
				    unit: min
				    p: '0.02'
				  - outcome: daytime-sleepiness
				    direction: no-difference
				    finding: No change.
				    effect: odds-ratio
				    value: '1.23'
				    ci: 0.999 to 1.50
				    participants: 20
				    population: women only
				---
				""");
		ParseResult result = this.parser.parse(this.temp);
		assertThat(result.errors()).isEmpty();
		ParsedReference trial = result.knowledgeBase()
			.references()
			.stream()
			.filter((reference) -> reference.key().equals("some-trial"))
			.findFirst()
			.orElseThrow();
		assertThat(trial.elementalMin()).isCloseTo(729.15, org.assertj.core.api.Assertions.within(0.1));
		assertThat(trial.results()).hasSize(2);
		ParsedResult onset = trial.results().get(0);
		assertThat(onset.at()).hasToString("references/results.md:11");
		assertThat(onset)
			.extracting(ParsedResult::outcome, ParsedResult::direction, ParsedResult::measure, ParsedResult::value,
					ParsedResult::low, ParsedResult::high, ParsedResult::unit, ParsedResult::p)
			.containsExactly("time-to-fall-asleep", "better", "mean-difference", -17.36, -27.27, -7.44, "min", "0.02");
		assertThat(trial.results().get(1).participants()).isEqualTo(20);
		assertThat(trial.results().get(1).population()).isEqualTo("women only");
	}

	@Test
	void parseWhenOutcomeOrDirectionUnknownThenSuggestsClosest() {
		write(HEAD + """
				  results:
				  - outcome: time-to-fall-aslep
				    direction: beter
				    finding: Shorter.
				---
				""");
		assertThat(errors()).containsExactly(
				"references/results.md:10: unknown outcome `time-to-fall-aslep`; did you mean `time-to-fall-asleep`?"
						+ " (allowed: " + String.join(", ", Vocabulary.OUTCOMES) + ")",
				"references/results.md:11: unknown direction `beter`; did you mean `better`? (allowed: "
						+ String.join(", ", Vocabulary.DIRECTIONS) + ")");
	}

	@Test
	void parseWhenIntervalMissesEstimateThenReportsIt() {
		write(HEAD + """
				  results:
				  - outcome: total-sleep-time
				    direction: better
				    finding: Longer.
				    effect: mean-difference
				    value: '16'
				    ci: -27.27 to -7.44
				    unit: min
				---
				""");
		assertThat(errors()).containsExactly(
				"references/results.md:15: the confidence interval -27.27 to -7.44 does not contain the estimate 16");
	}

	@Test
	void parseWhenNumbersMalformedThenReportsEachAtItsLine() {
		write(HEAD + """
				  elemental-dose: 500 mg
				  results:
				  - outcome: total-sleep-time
				    direction: better
				    finding: Longer.
				    effect: mean-difference
				    value: about 16
				    ci: 7.44 to -27.27
				    p: '0.5 or so'
				  - outcome: sleep-quality
				    direction: better
				    finding: Better.
				    effect: odds-ratio
				    value: '0'
				    unit: min
				  - outcome: sleep-quality
				    direction: better
				    finding: Better.
				    value: '2'
				---
				""");
		assertThat(errors()).containsExactly(
				"references/results.md:9: cannot read amount `500 mg`; write a number"
						+ " or range with a unit per day, such as `300 mg/day` or `200-400 mg/day`",
				"references/results.md:14: `effect: mean-difference` needs its `value`",
				"references/results.md:15: `value` must be a number such as `-17.36`, not `about 16`",
				"references/results.md:16: `ci` 7.44 to -27.27 must give the low end first",
				"references/results.md:17: `p` must be a p value between 0 and 1 such as `0.02` or `<0.05`, not"
						+ " `0.5 or so`",
				"references/results.md:22: an odds ratio and its interval must be above 0",
				"references/results.md:23: an odds ratio has no unit",
				"references/results.md:27: a result on line 24 gives a number but no `effect`; say what it is ("
						+ String.join(", ", Vocabulary.EFFECT_MEASURES) + ")");
	}

	@Test
	void parseWhenResultsOnWebArticleThenRejectsThem() {
		write("""
				---
				references:
				- id: some-blog
				  type: webpage
				  title: A blog
				  design: web-article
				  status: verified
				  results:
				  - outcome: sleep-quality
				    direction: better
				    finding: Says it helps.
				---
				""");
		assertThat(errors()).containsExactly("references/results.md:9: `some-blog` is a web-article; only studies in"
				+ " people (meta-analysis, systematic-review, rct, crossover-rct, open-label, cohort, cross-sectional)"
				+ " have `results`");
	}

	@Test
	void parseWhenResultHasUnknownKeyOrNoFindingThenReportsBoth() {
		write(HEAD + """
				  results:
				  - outcome: sleep-quality
				    direction: better
				    efect: odds-ratio
				---
				""");
		assertThat(errors()).contains("references/results.md:10: missing required key `finding`")
			.anyMatch((error) -> error
				.startsWith("references/results.md:12: unknown key `efect` in a result;" + " did you mean `effect`?"));
	}

	private void write(String text) {
		ContentFixtures.writeOverValid(this.temp, "references/results.md", text);
	}

	private List<String> errors() {
		return ContentFixtures.errors(this.temp);
	}

}
