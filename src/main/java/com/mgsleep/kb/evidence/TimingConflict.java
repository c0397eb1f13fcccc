package com.mgsleep.kb.evidence;

/**
 * Two sources that recommend taking magnesium at times before bed that do not overlap.
 *
 * @param earlierSource the source with the earlier window (further from bedtime)
 * @param earlier its window, such as "1-2 h"
 * @param laterSource the source with the later window
 * @param later its window, such as "30-60 min"
 */
public record TimingConflict(String earlierSource, String earlier, String laterSource, String later) {

	public String getMessage() {
		return this.laterSource + " says " + this.later + " before bed; " + this.earlierSource + " says " + this.earlier
				+ " before bed. The two windows meet at most at their edge.";
	}

}
