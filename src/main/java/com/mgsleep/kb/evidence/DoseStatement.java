package com.mgsleep.kb.evidence;

import com.mgsleep.kb.vocabulary.DosagePurpose;
import com.mgsleep.kb.vocabulary.Population;

/**
 * A stated amount, as the dose checks see it.
 *
 * @param population who it is for
 * @param purpose what it is stated for
 * @param minMg lower bound, mg of elemental magnesium per day
 * @param maxMg upper bound
 * @param source who states it, for messages
 * @param minMinutesBeforeBed timing, or {@code null}
 * @param maxMinutesBeforeBed timing, or {@code null}
 */
public record DoseStatement(Population population, DosagePurpose purpose, double minMg, double maxMg, String source,
		Integer minMinutesBeforeBed, Integer maxMinutesBeforeBed) {

	public boolean isRecommendation() {
		return this.purpose == DosagePurpose.SLEEP_SUPPORT;
	}

	public boolean isTimed() {
		return this.minMinutesBeforeBed != null && this.maxMinutesBeforeBed != null;
	}

}
