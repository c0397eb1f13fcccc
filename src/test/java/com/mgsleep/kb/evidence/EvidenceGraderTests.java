package com.mgsleep.kb.evidence;

import com.mgsleep.kb.vocabulary.Certainty;
import java.util.List;

import com.mgsleep.kb.vocabulary.ClaimKind;
import com.mgsleep.kb.vocabulary.ReviewBasis;
import com.mgsleep.kb.vocabulary.StudyDesign;
import com.mgsleep.kb.vocabulary.VerificationStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Certainty, its steps and fit flags on small hand-made claims.
 */
class EvidenceGraderTests {

	static Study study(String key, StudyDesign design, Integer participants, String form, String population) {
		return Study.of(key, key, design, VerificationStatus.VERIFIED, participants, form, false, null, population);
	}

	static Study review(String key, Integer participants, ReviewBasis reviewOf, List<String> includes,
			Certainty rated) {
		return new Study(key, key, StudyDesign.META_ANALYSIS, VerificationStatus.VERIFIED, participants, null, false,
				null, "older adults", reviewOf, includes, (rated != null) ? new Study.Rating(rated, key) : null);
	}

	private static ClaimEvidence claim(String statement, List<String> forms, List<Study> supporting,
			List<Study> contradicting) {
		return new ClaimEvidence(statement, ClaimKind.EFFECT, forms, List.of("sleep-quality"), false, supporting,
				contradicting, List.of());
	}

	private static List<String> changes(Assessment assessment) {
		return assessment.steps().stream().map(CertaintyStep::change).toList();
	}

	@Test
	void assessWhenRatedReviewOfSmallTrialsThenLowWithEveryStepShown() {
		Study review = review("mah", 151, ReviewBasis.RANDOMIZED_TRIALS, List.of("abbasi"), Certainty.LOW);
		Study abbasi = study("abbasi", StudyDesign.RCT, 46, "oxide", "adults aged 60-75");
		Assessment assessment = EvidenceGrader.assess(claim("In older adults magnesium shortens sleep onset.",
				List.of(), List.of(review, abbasi), List.of()));
		assertThat(assessment.certainty()).isEqualTo(Certainty.LOW);
		assertThat(assessment.steps()).containsExactly(
				new CertaintyStep("start High", "meta-analysis of randomized trials"),
				new CertaintyStep("-1 imprecision", "151 participants in total"),
				new CertaintyStep("-1 risk of bias", "mah rate the certainty of this evidence low"));
		assertThat(assessment.rationale())
			.isEqualTo("For: 1 meta-analysis and 1 randomized trial, 151 participants, all in older adults.");
	}

	@Test
	void assessWhenTrialsPooledByACitedReviewThenTheirParticipantsCountOnce() {
		Study review = review("mah", 151, ReviewBasis.RANDOMIZED_TRIALS, List.of("a", "b"), null);
		List<Study> studies = List.of(review, study("a", StudyDesign.RCT, 46, null, null),
				study("b", StudyDesign.RCT, 100, null, null), study("c", StudyDesign.RCT, 80, null, null));
		assertThat(EvidenceSummary.participantsCountedOnce(studies)).isEqualTo(231);
	}

	@Test
	void describeNeverAddsObservedPeopleToTrialParticipants() {
		assertThat(EvidenceSummary.describe(List.of(study("t1", StudyDesign.RCT, 46, null, null),
				study("t2", StudyDesign.CROSSOVER_RCT, 12, null, null),
				study("c", StudyDesign.COHORT, 3964, null, null), study("m", StudyDesign.ANIMAL, null, null, "mice"))))
			.isEqualTo(
					"2 randomized trials, 58 participants; plus 1 cohort study of 3,964 people; plus 1 animal study");
	}

	@Test
	void assessWhenSingleLargeTrialInThePopulationThenModerateForImprecisionOnly() {
		Assessment assessment = EvidenceGrader.assess(claim("Magnesium improves sleep quality.", List.of(),
				List.of(study("t", StudyDesign.RCT, 500, null, "adults")), List.of()));
		assertThat(assessment.certainty()).isEqualTo(Certainty.MODERATE);
		assertThat(changes(assessment)).containsExactly("start High", "-1 imprecision");
		assertThat(assessment.steps().get(1).reason()).isEqualTo("a single trial of 500 participants");
	}

	@Test
	void assessWhenSeveralLargeDirectTrialsThenHigh() {
		Assessment assessment = EvidenceGrader.assess(claim("Magnesium improves sleep quality.", List.of(), List
			.of(study("t1", StudyDesign.RCT, 300, null, "adults"), study("t2", StudyDesign.RCT, 250, null, "adults")),
				List.of()));
		assertThat(assessment.certainty()).isEqualTo(Certainty.HIGH);
		assertThat(changes(assessment)).containsExactly("start High");
	}

	@Test
	void assessWhenOnlySecondarySourcesThenNone() {
		Study blog = Study.of("blog", "Blog", StudyDesign.WEB_ARTICLE, VerificationStatus.VERIFIED, null, null, false,
				null, null);
		Assessment assessment = EvidenceGrader
			.assess(claim("Glycinate is best.", List.of("glycinate"), List.of(blog), List.of()));
		assertThat(assessment.certainty()).isEqualTo(Certainty.NONE);
		assertThat(changes(assessment)).containsExactly("None");
		assertThat(assessment.notCounted()).containsExactly("Blog: a web article, not a study");
		assertThat(assessment.countedFor()).isFalse();
	}

	@Test
	void assessWhenUnverifiedThenNotCountedButAMisCitedWorkCountsAsWhatItIs() {
		Study unverified = Study.of("cao", "Cao 2021", StudyDesign.SYSTEMATIC_REVIEW, VerificationStatus.UNVERIFIED,
				null, null, false, null, null);
		Study mouse = Study.of("sartori", "Sartori 2012", StudyDesign.ANIMAL, VerificationStatus.MIS_CITED, null, null,
				false, null, "mice");
		Assessment onlyUnverified = EvidenceGrader.assess(claim("x", List.of(), List.of(unverified), List.of()));
		assertThat(onlyUnverified.certainty()).isEqualTo(Certainty.NONE);
		Assessment mouseStudy = EvidenceGrader
			.assess(claim("Deficient mice are more anxious.", List.of(), List.of(mouse), List.of()));
		assertThat(mouseStudy.certainty()).isEqualTo(Certainty.VERY_LOW);
		assertThat(mouseStudy.steps()).containsExactly(new CertaintyStep("start Very low", "animal study"));
	}

	@Test
	void assessWhenStudyKnownOnlyFromSummariesThenAtMostLow() {
		Study likely = Study.of("schuster", "Schuster 2025", StudyDesign.RCT, VerificationStatus.LIKELY, 155,
				"glycinate", false, "questionnaire", "adults with poor sleep");
		Assessment assessment = EvidenceGrader
			.assess(claim("Glycinate improves insomnia scores.", List.of("glycinate"), List.of(likely), List.of()));
		assertThat(assessment.certainty()).isEqualTo(Certainty.VERY_LOW);
		assertThat(changes(assessment)).containsExactly("start High", "-2 risk of bias", "-1 imprecision");
	}

	@Test
	void assessWhenReferenceReportThenHighForAReferenceValueButNotCountedForAnEffect() {
		Study iom = Study.of("iom", "IOM 1997", StudyDesign.REFERENCE_REPORT, VerificationStatus.VERIFIED, null, null,
				false, null, null);
		ClaimEvidence rda = new ClaimEvidence("The RDA for men is 400-420 mg.", ClaimKind.REFERENCE_VALUE, List.of(),
				List.of("dosage-timing"), false, List.of(iom), List.of(), List.of());
		assertThat(EvidenceGrader.assess(rda).certainty()).isEqualTo(Certainty.HIGH);
		Assessment effect = EvidenceGrader
			.assess(claim("Magnesium improves sleep.", List.of(), List.of(iom), List.of()));
		assertThat(effect.certainty()).isEqualTo(Certainty.NONE);
		assertThat(effect.notCounted()).singleElement().asString().contains("not for an effect");
	}

	@Test
	void assessWhenEvidenceAgainstOfSimilarStrengthThenInconsistency() {
		Assessment assessment = EvidenceGrader.assess(claim("Magnesium improves sleep quality.", List.of(),
				List.of(study("a", StudyDesign.RCT, 300, null, "adults"),
						study("b", StudyDesign.RCT, 300, null, "adults")),
				List.of(study("n", StudyDesign.RCT, 100, "citrate", "adults"))));
		assertThat(assessment.certainty()).isEqualTo(Certainty.MODERATE);
		assertThat(changes(assessment)).containsExactly("start High", "-1 inconsistency");
		assertThat(assessment.steps().get(1).reason()).startsWith("evidence against the claim of similar strength");
	}

	@Test
	void assessWhenWeakerEvidenceAgainstThenNoInconsistency() {
		Assessment assessment = EvidenceGrader.assess(claim("x", List.of(),
				List.of(study("a", StudyDesign.RCT, 300, null, "adults"),
						study("b", StudyDesign.RCT, 300, null, "adults")),
				List.of(study("c", StudyDesign.COHORT, 1487, null, "adults"))));
		assertThat(assessment.certainty()).isEqualTo(Certainty.HIGH);
		assertThat(assessment.countedAgainst()).isTrue();
	}

	@Test
	void assessWhenJudgedFalseThenCertaintyIsThatOfTheEvidenceAgainst() {
		Study cochrane = new Study("garrison", "Garrison 2020", StudyDesign.SYSTEMATIC_REVIEW,
				VerificationStatus.VERIFIED, 735, null, false, null, "adults with cramps",
				ReviewBasis.RANDOMIZED_TRIALS, List.of(), new Study.Rating(Certainty.MODERATE, "Garrison 2020"));
		ClaimEvidence claim = new ClaimEvidence("Magnesium prevents night leg cramps.", ClaimKind.EFFECT, List.of(),
				List.of("muscles-cramps"), true, List.of(study("s", StudyDesign.OPEN_LABEL, 10, null, "adults")),
				List.of(cochrane), List.of());
		Assessment assessment = EvidenceGrader.assess(claim);
		assertThat(assessment.certainty()).isEqualTo(Certainty.MODERATE);
		assertThat(assessment.steps().get(0))
			.isEqualTo(new CertaintyStep("start High", "systematic review of randomized trials, against the claim"));
	}

	@Test
	void assessWhenSleepStageClaimRestsOnTrackerScoresThenTheyDoNotCountAndTheFlagShows() {
		Study tracker = Study.of("hausenblas", "Hausenblas 2024", StudyDesign.RCT, VerificationStatus.VERIFIED, 80,
				"l-threonate", false, "consumer-tracker", "adults aged 35-55");
		Assessment assessment = EvidenceGrader
			.assess(claim("Magnesium increases REM sleep.", List.of(), List.of(tracker), List.of()));
		assertThat(assessment.certainty()).isEqualTo(Certainty.NONE);
		assertThat(assessment.flags()).extracting((flag) -> flag.kind().getSlug()).containsExactly("tracker-only");
		Study recording = Study.of("held", "Held 2002", StudyDesign.CROSSOVER_RCT, VerificationStatus.VERIFIED, 12,
				null, false, "polysomnography", "older adults");
		Assessment withRecording = EvidenceGrader
			.assess(claim("Magnesium increases deep sleep.", List.of(), List.of(tracker, recording), List.of()));
		assertThat(withRecording.flags()).isEmpty();
		assertThat(withRecording.certainty()).isEqualTo(Certainty.VERY_LOW);
		assertThat(changes(withRecording)).containsExactly("start High", "-1 indirectness", "-2 imprecision");
	}

	@Test
	void assessWhenGlycinateClaimRestsOnOtherFormsThenFormMismatchLowersCertainty() {
		Assessment assessment = EvidenceGrader.assess(claim("Magnesium glycinate improves sleep.", List.of("glycinate"),
				List.of(study("a", StudyDesign.RCT, 46, "oxide", "adults aged 60-75"),
						study("h", StudyDesign.RCT, 80, "l-threonate", "adults aged 35-55")),
				List.of()));
		assertThat(assessment.flags()).extracting((flag) -> flag.kind().getSlug()).containsExactly("form-mismatch");
		assertThat(assessment.flags().get(0).message())
			.isEqualTo("The claim is about glycinate, but the studies behind it used oxide or l-threonate.");
		assertThat(changes(assessment)).containsExactly("start High", "-1 indirectness", "-1 imprecision");
		assertThat(assessment.certainty()).isEqualTo(Certainty.LOW);
	}

	@Test
	void assessWhenTwoFitProblemsThenIndirectnessIsVerySerious() {
		Study combination = new Study("r", "Rondanelli 2011", StudyDesign.RCT, VerificationStatus.VERIFIED, 43, null,
				true, null, "long-term care residents", null, List.of(), null);
		Assessment assessment = EvidenceGrader
			.assess(claim("Magnesium improves sleep quality.", List.of(), List.of(combination), List.of()));
		assertThat(assessment.flags()).extracting((flag) -> flag.kind().getSlug())
			.containsExactly("older-adults-only", "combination-only");
		// only one level was left to lose: the step shows what it changed
		assertThat(changes(assessment)).containsExactly("start High", "-2 indirectness", "-1 imprecision");
		assertThat(assessment.certainty()).isEqualTo(Certainty.VERY_LOW);
	}

	@Test
	void flagsWhenSourceMisCitesAnOxideTrialForAGlycinateClaimThenFormMismatchButNoCertainty() {
		ClaimEvidence claim = new ClaimEvidence("Glycinate cuts night waking.", ClaimKind.EFFECT, List.of("glycinate"),
				List.of(), false, List.of(), List.of(),
				List.of(study("abbasi", StudyDesign.RCT, 46, "oxide", "adults aged 60-75")));
		Assessment assessment = EvidenceGrader.assess(claim);
		assertThat(assessment.certainty()).isEqualTo(Certainty.NONE);
		assertThat(assessment.flags()).extracting((flag) -> flag.kind().getSlug()).containsExactly("form-mismatch");
		assertThat(assessment.notCounted()).singleElement().asString().contains("does not show");
	}

	@Test
	void certaintyNeverFallsBelowVeryLowWhileAStudyCounts() {
		assertThat(Certainty.LOW.lowered(5)).isEqualTo(Certainty.VERY_LOW);
		assertThat(Certainty.HIGH.lowered(1)).isEqualTo(Certainty.MODERATE);
	}

}
