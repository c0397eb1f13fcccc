package com.mgsleep.kb.evidence;

import com.mgsleep.kb.vocabulary.Certainty;

/**
 * One step in reaching a claim's certainty: where it starts, or a reason it was rated
 * down.
 *
 * @param change what the step does, such as {@code start High} or {@code -1 imprecision}
 * @param reason why, in a phrase for readers
 */
public record CertaintyStep(String change, String reason) {

	static CertaintyStep start(Certainty level, String reason) {
		return new CertaintyStep("start " + level.getLabel(), reason);
	}

	static CertaintyStep down(int levels, Concern concern, String reason) {
		return new CertaintyStep("-" + levels + " " + concern.word, reason);
	}

	static CertaintyStep none(String reason) {
		return new CertaintyStep(Certainty.NONE.getLabel(), reason);
	}

	/** GRADE's reasons for rating the certainty of a body of evidence down. */
	enum Concern {

		RISK_OF_BIAS("risk of bias"), INDIRECTNESS("indirectness"), IMPRECISION("imprecision"),
		INCONSISTENCY("inconsistency");

		private final String word;

		Concern(String word) {
			this.word = word;
		}

	}

}
