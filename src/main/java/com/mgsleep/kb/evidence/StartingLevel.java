package com.mgsleep.kb.evidence;

import com.mgsleep.kb.vocabulary.Certainty;
import com.mgsleep.kb.vocabulary.ReviewBasis;
import com.mgsleep.kb.vocabulary.StudyDesign;
import com.mgsleep.kb.vocabulary.VerificationStatus;

/**
 * Where a study's certainty starts, from its design: randomized evidence High,
 * observational Low, laboratory work and opinion Very low.
 */
final class StartingLevel {

	private StartingLevel() {
	}

	/** The level the design starts at. */
	static Certainty ofDesign(Study study) {
		return switch (study.design()) {
			case RCT, CROSSOVER_RCT, REFERENCE_REPORT -> Certainty.HIGH;
			case META_ANALYSIS, SYSTEMATIC_REVIEW ->
				(study.reviewOf() == ReviewBasis.RANDOMIZED_TRIALS) ? Certainty.HIGH : Certainty.LOW;
			case OPEN_LABEL, COHORT, CROSS_SECTIONAL -> Certainty.LOW;
			default -> Certainty.VERY_LOW;
		};
	}

	/**
	 * The level the study counts at: a study known only from secondary summaries counts
	 * at most as Low, since nobody could read what it did.
	 */
	static Certainty of(Study study) {
		Certainty level = ofDesign(study);
		return (study.status() == VerificationStatus.LIKELY) ? Certainty.lower(level, Certainty.LOW) : level;
	}

	/** The design in the words of the start step. */
	static String describe(Study study) {
		StudyDesign design = study.design();
		return switch (design) {
			case META_ANALYSIS,
					SYSTEMATIC_REVIEW ->
				((design == StudyDesign.META_ANALYSIS) ? "meta-analysis" : "systematic review")
						+ ((study.reviewOf() == ReviewBasis.RANDOMIZED_TRIALS) ? " of randomized trials"
								: " of observational studies");
			case RCT, CROSSOVER_RCT -> "randomized trial";
			case REFERENCE_REPORT -> "official reference report";
			case OPEN_LABEL -> "trial without randomization or placebo";
			case COHORT -> "cohort study (observational)";
			case CROSS_SECTIONAL -> "cross-sectional study (observational)";
			case ANIMAL -> "animal study";
			case MECHANISTIC -> "laboratory study of mechanism";
			case NARRATIVE_REVIEW -> "expert opinion (a narrative review)";
			case BOOK_CHAPTER -> "expert opinion (a book chapter)";
			default -> "other source";
		};
	}

}
