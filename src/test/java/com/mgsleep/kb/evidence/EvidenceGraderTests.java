package com.mgsleep.kb.evidence;

import java.util.List;

import com.mgsleep.kb.vocabulary.StudyDesign;
import com.mgsleep.kb.vocabulary.VerificationStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Grading and fit flags on small hand-made claims.
 */
class EvidenceGraderTests {

	static Study study(StudyDesign design, Integer participants, String form, String population) {
		return new Study("Study", design, VerificationStatus.VERIFIED, participants, form, false, null, population);
	}

	private static ClaimEvidence claim(String statement, List<String> forms, List<Study> supporting,
			List<Study> contradicting) {
		return new ClaimEvidence(statement, forms, List.of("sleep-quality"), supporting, contradicting, List.of());
	}

	@Test
	void assessWhenMetaAnalysisThenGradeAWithRationale() {
		Assessment assessment = EvidenceGrader
			.assess(claim("Magnesium shortens sleep onset in older adults.", List.of(),
					List.of(study(StudyDesign.META_ANALYSIS, 151, null, "3 trials, 151 older adults")), List.of()));
		assertThat(assessment.grade()).isEqualTo(EvidenceGrade.A);
		assertThat(assessment.rationale()).isEqualTo("For: 1 meta-analysis, 151 participants, all in older adults.");
		assertThat(assessment.flags()).isEmpty();
	}

	@Test
	void assessWhenOnlySecondarySourcesThenGradeE() {
		Study blog = new Study("Blog", StudyDesign.WEB_ARTICLE, VerificationStatus.VERIFIED, null, null, false, null,
				null);
		Assessment assessment = EvidenceGrader
			.assess(claim("Glycinate is best.", List.of("glycinate"), List.of(blog), List.of()));
		assertThat(assessment.grade()).isEqualTo(EvidenceGrade.E);
		assertThat(assessment.gap()).contains("Any controlled trial");
	}

	@Test
	void assessWhenSupportIsMisCitedOrUnverifiedThenItDoesNotCount() {
		Study misCited = new Study("Sartori", StudyDesign.ANIMAL, VerificationStatus.MIS_CITED, null, null, false, null,
				"mice");
		Study unverified = new Study("Cao", StudyDesign.RCT, VerificationStatus.UNVERIFIED, null, null, false, null,
				null);
		assertThat(EvidenceGrader.assess(claim("x", List.of(), List.of(misCited, unverified), List.of())).grade())
			.isEqualTo(EvidenceGrade.E);
	}

	@Test
	void assessWhenEquallyStrongEvidenceAgainstThenGradedDownOneStep() {
		Assessment assessment = EvidenceGrader.assess(claim("Magnesium improves sleep quality.", List.of(),
				List.of(study(StudyDesign.RCT, 46, "oxide", "adults")),
				List.of(study(StudyDesign.RCT, 100, "citrate", "adults"))));
		assertThat(assessment.grade()).isEqualTo(EvidenceGrade.C);
		assertThat(assessment.rationale()).isEqualTo("For: 1 randomized trial, 46 participants; against: 1 randomized"
				+ " trial, 100 participants; graded down one step because evidence at least as strong points the"
				+ " other way.");
	}

	@Test
	void assessWhenWeakerEvidenceAgainstThenGradeKept() {
		Assessment assessment = EvidenceGrader
			.assess(claim("x", List.of(), List.of(study(StudyDesign.SYSTEMATIC_REVIEW, 576, null, "pregnant women")),
					List.of(study(StudyDesign.COHORT, 1487, null, "adults"))));
		assertThat(assessment.grade()).isEqualTo(EvidenceGrade.A);
	}

	@Test
	void describeCountsDesignsInPluralAndParticipants() {
		assertThat(EvidenceGrader.describe(List.of(study(StudyDesign.META_ANALYSIS, 151, null, null),
				study(StudyDesign.META_ANALYSIS, 10, null, null), study(StudyDesign.RCT, 46, null, null),
				study(StudyDesign.CROSSOVER_RCT, 12, null, null))))
			.isEqualTo("2 meta-analyses and 2 randomized trials, 219 participants");
	}

	@Test
	void flagsWhenGlycinateClaimRestsOnOxideAndThreonateTrialsThenFormMismatch() {
		Assessment assessment = EvidenceGrader.assess(claim("Magnesium glycinate improves sleep.", List.of("glycinate"),
				List.of(study(StudyDesign.RCT, 46, "oxide", "adults aged 60-75"),
						study(StudyDesign.RCT, 80, "l-threonate", "adults aged 35-55")),
				List.of()));
		assertThat(assessment.flags()).extracting((flag) -> flag.kind().getSlug()).containsExactly("form-mismatch");
		assertThat(assessment.flags().get(0).message())
			.isEqualTo("The claim is about glycinate, but the trials cited for it used oxide or l-threonate.");
		assertThat(assessment.gap()).contains("a trial of the form and people the claim is about");
	}

	@Test
	void flagsWhenSourceMisCitesAnOxideTrialForAGlycinateClaimThenFormMismatch() {
		ClaimEvidence claim = new ClaimEvidence("Glycinate cuts night waking.", List.of("glycinate"), List.of(),
				List.of(), List.of(), List.of(study(StudyDesign.RCT, 46, "oxide", "adults aged 60-75")));
		Assessment assessment = EvidenceGrader.assess(claim);
		assertThat(assessment.grade()).isEqualTo(EvidenceGrade.E);
		assertThat(assessment.flags()).extracting((flag) -> flag.kind().getSlug()).containsExactly("form-mismatch");
	}

	@Test
	void flagsWhenAnyTrialUsedTheClaimedFormThenNoFormMismatch() {
		Assessment assessment = EvidenceGrader.assess(claim("Glycinate eases cramps.", List.of("glycinate"),
				List.of(study(StudyDesign.RCT, 86, "glycinate", "pregnant women"),
						study(StudyDesign.RCT, 46, "oxide", "adults")),
				List.of()));
		assertThat(assessment.flags()).isEmpty();
	}

	@Test
	void flagsWhenGeneralClaimRestsOnlyOnOlderAdultsThenPopulationFlag() {
		Assessment general = EvidenceGrader.assess(claim("Magnesium helps adults fall asleep.", List.of(),
				List.of(study(StudyDesign.RCT, 46, null, "46 adults aged 60-75 with insomnia"),
						study(StudyDesign.META_ANALYSIS, 151, null, "151 older adults")),
				List.of()));
		assertThat(general.flags()).extracting((flag) -> flag.kind().getSlug()).containsExactly("older-adults-only");
		Assessment specific = EvidenceGrader.assess(claim("In older adults magnesium shortens sleep onset.", List.of(),
				List.of(study(StudyDesign.META_ANALYSIS, 151, null, "151 older adults")), List.of()));
		assertThat(specific.flags()).isEmpty();
	}

	@Test
	void flagsWhenOnlyCombinationProductThenCombinationFlag() {
		Study combination = new Study("Rondanelli", StudyDesign.RCT, VerificationStatus.VERIFIED, 43, null, true, null,
				"long-term care residents");
		Assessment assessment = EvidenceGrader.assess(
				claim("In older adults magnesium improves sleep quality.", List.of(), List.of(combination), List.of()));
		assertThat(assessment.flags()).extracting((flag) -> flag.kind().getSlug()).containsExactly("combination-only");
	}

	@Test
	void flagsWhenSleepStageClaimRestsOnTrackerScoresThenTrackerFlag() {
		Study tracker = new Study("Hausenblas", StudyDesign.RCT, VerificationStatus.VERIFIED, 80, "l-threonate", false,
				"consumer-tracker", "adults aged 35-55");
		Study recording = new Study("Held", StudyDesign.CROSSOVER_RCT, VerificationStatus.VERIFIED, 12, null, false,
				"polysomnography", "older adults");
		assertThat(
				EvidenceGrader.assess(claim("Magnesium increases deep sleep.", List.of(), List.of(tracker), List.of()))
					.flags())
			.extracting((flag) -> flag.kind().getSlug())
			.containsExactly("tracker-only");
		assertThat(EvidenceGrader
			.assess(claim("Magnesium increases deep sleep.", List.of(), List.of(tracker, recording), List.of()))
			.flags()).isEmpty();
	}

}
