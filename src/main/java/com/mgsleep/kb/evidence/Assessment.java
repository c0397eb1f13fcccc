package com.mgsleep.kb.evidence;

import java.util.List;

/**
 * The computed view of a claim's evidence.
 *
 * @param grade the evidence grade
 * @param rationale how the grade was reached, in one sentence
 * @param gap what kind of study would change the grade
 * @param flags where the evidence does not fit the claim
 */
public record Assessment(EvidenceGrade grade, String rationale, String gap, List<FitFlag> flags) {
}
