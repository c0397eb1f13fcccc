package com.mgsleep.kb.vocabulary;

/**
 * Which way a study's result on one outcome went. For observational studies, "better"
 * means better sleep with more magnesium: an association, not an effect.
 */
public enum ResultDirection implements SlugEnum {

	BETTER("Better with magnesium"), NO_DIFFERENCE("No clear difference"), WORSE("Worse with magnesium"),
	MIXED("Mixed results"),
	/**
	 * A review that could not pool magnesium's results: it reports no estimate either
	 * way.
	 */
	NOT_ESTIMATED("No estimate for magnesium");

	private final String label;

	ResultDirection(String label) {
		this.label = label;
	}

	public String getLabel() {
		return this.label;
	}

	public static ResultDirection fromSlug(String slug) {
		return SlugEnum.fromSlug(ResultDirection.class, slug);
	}

}
