package com.mgsleep.kb.evidence;

import com.mgsleep.kb.vocabulary.Certainty;
import java.util.ArrayList;
import java.util.List;

import com.mgsleep.kb.evidence.CertaintyStep.Concern;

/**
 * A certainty being worked out: the current level and every step that led to it.
 */
final class CertaintyLadder {

	private final List<CertaintyStep> steps = new ArrayList<>();

	private Certainty level;

	CertaintyLadder(Certainty start, String reason) {
		this.level = start;
		this.steps.add(CertaintyStep.start(start, reason));
	}

	/**
	 * Rates down by {@code levels}; a step that cannot lower the level any further is not
	 * recorded, so every step shown changed the result.
	 */
	void down(int levels, Concern concern, String reason) {
		Certainty lowered = this.level.lowered(levels);
		int by = lowered.ordinal() - this.level.ordinal();
		if (by > 0) {
			this.steps.add(CertaintyStep.down(by, concern, reason));
			this.level = lowered;
		}
	}

	/** Lowers the level to {@code ceiling} if it is above it. */
	void capAt(Certainty ceiling, Concern concern, String reason) {
		if (ceiling.isBelow(this.level)) {
			down(ceiling.ordinal() - this.level.ordinal(), concern, reason);
		}
	}

	Certainty level() {
		return this.level;
	}

	List<CertaintyStep> steps() {
		return List.copyOf(this.steps);
	}

}
