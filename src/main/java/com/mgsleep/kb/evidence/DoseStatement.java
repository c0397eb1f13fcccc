package com.mgsleep.kb.evidence;

/**
 * A stated amount, as the dose checks see it.
 *
 * @param population the population slug, such as {@code adults} or {@code women-31-50}
 * @param purpose {@code rda}, {@code upper-limit}, {@code sleep-support} or
 * {@code study-dose}
 * @param minMg lower bound, mg of elemental magnesium per day
 * @param maxMg upper bound
 * @param source who states it, for messages
 * @param minMinutesBeforeBed timing, or {@code null}
 * @param maxMinutesBeforeBed timing, or {@code null}
 */
public record DoseStatement(String population, String purpose, double minMg, double maxMg, String source,
		Integer minMinutesBeforeBed, Integer maxMinutesBeforeBed) {

	public boolean isRecommendation() {
		return "sleep-support".equals(this.purpose);
	}

	public boolean isTimed() {
		return this.minMinutesBeforeBed != null && this.maxMinutesBeforeBed != null;
	}

}
