package com.mgsleep.kb.evidence;

import java.util.List;

import com.mgsleep.kb.vocabulary.Certainty;
import com.mgsleep.kb.vocabulary.ResultDirection;
import com.mgsleep.kb.vocabulary.ReviewBasis;
import com.mgsleep.kb.vocabulary.StudyDesign;
import com.mgsleep.kb.vocabulary.VerificationStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link OutcomeGrader}: which side of the evidence an outcome's finding rests
 * on, and the certainty and steps it gets from the claims' model.
 */
class OutcomeGraderTests {

	private static final Study TRIAL = Study.of("trial", "Trial 2012", StudyDesign.RCT, VerificationStatus.VERIFIED, 46,
			"oxide", false, "questionnaire", "46 adults aged 60-75");

	private static final Study REVIEW = new Study("review", "Review 2021", StudyDesign.META_ANALYSIS,
			VerificationStatus.VERIFIED, 151, null, false, null, "151 older adults", ReviewBasis.RANDOMIZED_TRIALS,
			List.of("trial"), new Study.Rating(Certainty.LOW, "Review 2021"));

	private static final Study COHORT = Study.of("cohort", "Cohort 2022", StudyDesign.COHORT,
			VerificationStatus.VERIFIED, 3964, null, false, "questionnaire", "3,964 US adults");

	@Test
	void gradeWhenReviewFindsNoDifferenceAndItsTrialABenefitThenRestsOnTheReview() {
		OutcomeFinding finding = OutcomeGrader.grade("total sleep time",
				List.of(new OutcomeRow(TRIAL, ResultDirection.BETTER),
						new OutcomeRow(REVIEW, ResultDirection.NO_DIFFERENCE),
						new OutcomeRow(COHORT, ResultDirection.BETTER)));
		assertThat(finding.lead()).isEqualTo(1);
		assertThat(finding.showsBenefit()).isFalse();
		assertThat(finding.assessment().certainty()).isEqualTo(Certainty.LOW);
		assertThat(finding.assessment().steps()).extracting(CertaintyStep::change)
			.containsExactly("start High", "-1 indirectness", "-1 imprecision");
		assertThat(finding.studies()).isEqualTo(3);
		assertThat(finding.participants()).as("the trial is counted inside the review").isEqualTo(151);
		assertThat(finding.observed()).isEqualTo(3964);
	}

	@Test
	void gradeWhenOnlyASingleSmallTrialThenVeryLowAndShowsBenefit() {
		OutcomeFinding finding = OutcomeGrader.grade("sleep efficiency",
				List.of(new OutcomeRow(TRIAL, ResultDirection.BETTER)));
		assertThat(finding.showsBenefit()).isTrue();
		assertThat(finding.assessment().certainty()).isEqualTo(Certainty.VERY_LOW);
		assertThat(finding.evidence()).isEqualTo("1 randomized trial, 46 participants, all in older adults");
	}

	@Test
	void gradeWhenSidesStartAlikeThenTheOneWithMorePeopleLeadsAndTheOtherLowersCertainty() {
		Study large = Study.of("large", "Large 2026", StudyDesign.RCT, VerificationStatus.VERIFIED, 100, null, false,
				"questionnaire", "100 adults aged 18-45");
		OutcomeFinding finding = OutcomeGrader.grade("sleep quality", List
			.of(new OutcomeRow(TRIAL, ResultDirection.BETTER), new OutcomeRow(large, ResultDirection.NO_DIFFERENCE)));
		assertThat(finding.lead()).isEqualTo(1);
		assertThat(finding.assessment().steps()).extracting(CertaintyStep::change).contains("-1 inconsistency");
	}

	@Test
	void gradeWhenAReviewCouldNotPoolMagnesiumThenItCountsForNeitherSide() {
		Study unpooled = new Study("unpooled", "Unpooled 2021", StudyDesign.META_ANALYSIS, VerificationStatus.VERIFIED,
				null, null, false, null, null, ReviewBasis.RANDOMIZED_TRIALS, List.of(), null);
		OutcomeFinding finding = OutcomeGrader.grade("sleep quality",
				List.of(new OutcomeRow(unpooled, ResultDirection.NOT_ESTIMATED)));
		assertThat(finding.lead()).isEqualTo(-1);
		assertThat(finding.assessment().certainty()).isEqualTo(Certainty.NONE);
		assertThat(finding.studies()).isEqualTo(1);
	}

	@Test
	void withParticipantsWhenAResultRestsOnFewerPeopleThenCountsThose() {
		assertThat(OutcomeRow.withParticipants(REVIEW, 75).participants()).isEqualTo(75);
		assertThat(OutcomeRow.withParticipants(REVIEW, null)).isSameAs(REVIEW);
	}

}
