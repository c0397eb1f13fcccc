package com.mgsleep.kb.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import com.mgsleep.kb.content.markdown.ContentError;
import com.mgsleep.kb.content.markdown.ContentFixtures;
import com.mgsleep.kb.content.markdown.ParseResult;
import com.mgsleep.kb.content.markdown.ParsedClaim;
import com.mgsleep.kb.evidence.Assessment;
import com.mgsleep.kb.evidence.CertaintyStep;
import com.mgsleep.kb.vocabulary.Certainty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Certainty of named claims of the real knowledge base, step by step, and the rule that a
 * verdict never claims more than the certainty allows.
 */
class ClaimAssessorTests {

	private static ParseResult content;

	private static ClaimAssessor assessor;

	@BeforeAll
	static void readRealContent() {
		content = ClaimAssessor.read(Path.of("content"));
		assessor = new ClaimAssessor(content.knowledgeBase());
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = ';', textBlock = """
			magnesium-shortens-time-to-fall-asleep; low; start High|-1 indirectness|-1 imprecision
			magnesium-increases-rem-sleep; none; None
			magnesium-increases-deep-sleep; very-low; start High|-1 indirectness|-2 imprecision
			rda-men-400-420-women-310-320; high; start High
			mg-cofactor-300-enzyme-systems; high; start High
			rda-women-300-men-400; high; start High
			glycinate-sleep-benefits-shown-in-trials; very-low; start High|-2 risk of bias|-1 imprecision
			mg-prevents-night-leg-cramps; moderate; start High|-1 indirectness
			mg-eases-pregnancy-leg-cramps; low; start High|-1 imprecision|-1 inconsistency
			low-magnesium-linked-to-poor-sleep; low; start Low
			magnesium-fewer-early-morning-awakenings; very-low; start High|-1 indirectness|-2 imprecision
			melatonin-mg-zinc-combination-elderly-insomnia; very-low; start High|-1 indirectness|-2 imprecision
			mg-helps-restless-legs; low; start High|-2 imprecision
			magnesium-raises-tracker-readiness; moderate; start High|-1 imprecision
			mg-buffers-hpa-axis; very-low; start Very low
			magnesium-eases-insomnia-in-older-adults; low; start High|-2 imprecision
			nearly-half-get-too-little-magnesium; very-low; start Very low
			glycinate-shown-to-cut-night-waking; none; None
			oxide-poorly-absorbed; low; start High|-2 risk of bias
			""")
	void assessGivesTheExpectedCertaintyAndSteps(String id, String certainty, String changes) {
		Assessment assessment = assessor.assess(claim(id));
		assertThat(assessment.certainty()).isEqualTo(Certainty.fromSlug(certainty));
		assertThat(assessment.steps()).extracting(CertaintyStep::change)
			.containsExactlyElementsOf(Arrays.asList(changes.split("\\|")));
	}

	@Test
	void assessWhenSleepOnsetClaimThenStepsNameTheReviewThePopulationAndTheSize() {
		Assessment onset = assessor.assess(claim("magnesium-shortens-time-to-fall-asleep"));
		assertThat(onset.steps()).containsExactly(new CertaintyStep("start High", "meta-analysis of randomized trials"),
				new CertaintyStep("-1 indirectness",
						"the claim is about people in general, but every study it rests on was in older adults"),
				new CertaintyStep("-1 imprecision", "151 participants in total"));
		// Abbasi 2012 is one of the three pooled trials: its 46 people are not counted
		// twice
		assertThat(onset.rationale())
			.isEqualTo("For: 1 meta-analysis and 1 randomized trial, 151 participants, all in older adults.");
	}

	@Test
	void assessWhenTrackerScoresCitedForRemSleepThenTheyAreNotCounted() {
		Assessment rem = assessor.assess(claim("magnesium-increases-rem-sleep"));
		assertThat(rem.countedFor()).isFalse();
		assertThat(rem.notCounted()).anySatisfy((reason) -> assertThat(reason).startsWith("Hausenblas et al. 2024"));
	}

	@Test
	void readWhenRealContentThenNoVerdictClaimsMoreThanItsCertainty() {
		assertThat(content.errors()).isEmpty();
		assertThat(content.knowledgeBase().claims()).allSatisfy((claim) -> {
			Assessment assessment = assessor.assess(claim);
			if (claim.verdict().equals("supported")) {
				assertThat(assessment.certainty()).isIn(Certainty.HIGH, Certainty.MODERATE);
			}
			if (claim.verdict().equals("limited")) {
				assertThat(assessment.certainty()).isNotIn(Certainty.HIGH, Certainty.NONE);
			}
		});
	}

	@Test
	void readWhenVerdictsOverstateTheEvidenceThenEveryClaimIsAnErrorAtItsLine(@TempDir Path folder) throws IOException {
		ContentFixtures.copyValid(folder);
		Path article = folder.resolve("articles/sleep-onset.md");
		String text = Files.readString(article);
		List<String> lines = text.lines().toList();
		int onsetLine = lines.indexOf("> [!claim] sleep-onset-older-adults") + 1;
		int timingLine = lines.indexOf("> [!claim] timing-30-60-minutes") + 1;
		Files.writeString(article,
				text.replace("- verdict: limited: three small trials", "- verdict: supported: three small trials")
					.replace("- verdict: unsupported: only a shop blog", "- verdict: contradicted: only a shop blog"));
		List<ContentError> errors = ClaimAssessor.read(folder).errors();
		assertThat(errors).extracting(ContentError::file, ContentError::line)
			.containsExactly(tuple("articles/sleep-onset.md", onsetLine), tuple("articles/sleep-onset.md", timingLine));
		assertThat(errors.get(0).message()).contains("`supported` needs at least Moderate certainty")
			.contains("start High: meta-analysis of randomized trials");
		assertThat(errors.get(1).message()).contains("`contradicted` needs a counted study against the claim")
			.contains("only web articles make the claim");
		assertThat(errors).allSatisfy((error) -> assertThat(error.toString()).startsWith("articles/sleep-onset.md:"));
	}

	@Test
	void readWhenContentHasOtherErrorsThenVerdictErrorsAreListedWithThem(@TempDir Path folder) throws IOException {
		ContentFixtures.copyValid(folder);
		Path article = folder.resolve("articles/sleep-onset.md");
		Files.writeString(article,
				Files.readString(article)
					.replace("- verdict: limited: three small trials", "- verdict: supported: three small trials")
					.replace("- topics: falling-asleep\n> - forms: glycinate",
							"- topics: no-such-topic\n> - forms: glycinate"));
		assertThat(ClaimAssessor.read(folder).errors()).extracting(ContentError::message)
			.anySatisfy((message) -> assertThat(message).contains("no-such-topic"))
			.anySatisfy((message) -> assertThat(message).contains("`supported` needs at least Moderate"));
	}

	private static ParsedClaim claim(String id) {
		return content.knowledgeBase()
			.claims()
			.filter((claim) -> claim.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no claim " + id));
	}

}
