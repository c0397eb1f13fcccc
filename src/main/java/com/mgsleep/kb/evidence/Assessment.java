package com.mgsleep.kb.evidence;

import com.mgsleep.kb.vocabulary.Certainty;
import java.util.List;

/**
 * How sure we are of a claim, and how that was reached.
 *
 * @param certainty the certainty
 * @param steps where the certainty started and every step that lowered it, in order
 * @param rationale the counted evidence for and against, in one sentence
 * @param notCounted cited works that were left out of the count, each with why
 * @param gap what kind of study would change the certainty
 * @param flags where the evidence does not fit the claim
 * @param countedFor whether any counted study supports the claim
 * @param countedAgainst whether any counted study contradicts it
 * @param supportStart the level the best counted support starts at ({@code NONE} without
 * any)
 */
public record Assessment(Certainty certainty, List<CertaintyStep> steps, String rationale, List<String> notCounted,
		String gap, List<FitFlag> flags, boolean countedFor, boolean countedAgainst, Certainty supportStart) {

	public Assessment {
		steps = List.copyOf(steps);
		notCounted = List.copyOf(notCounted);
		flags = List.copyOf(flags);
	}

}
