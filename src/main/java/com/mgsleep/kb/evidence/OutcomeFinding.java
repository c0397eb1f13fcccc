package com.mgsleep.kb.evidence;

/**
 * What the body of evidence on one outcome shows: the row it rests on, the certainty of
 * that evidence with every step, and how much evidence there is.
 *
 * @param lead the index of the result the finding rests on (the strongest design, then
 * the most participants), or -1 when no result counts
 * @param showsBenefit whether that result found better sleep with magnesium
 * @param assessment the certainty and its steps
 * @param studies how many studies reported a result on the outcome
 * @param participants people in trials and reviews of trials, each counted once
 * @param observed people in observational studies, never added to those randomized
 * @param evidence the counted evidence in words ("1 meta-analysis and 2 randomized
 * trials, 151 participants; plus 1 cohort study of 3,964 people")
 */
public record OutcomeFinding(int lead, boolean showsBenefit, Assessment assessment, int studies, int participants,
		int observed, String evidence) {

}
