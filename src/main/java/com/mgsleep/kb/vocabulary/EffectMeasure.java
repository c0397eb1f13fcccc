package com.mgsleep.kb.vocabulary;

/**
 * How a study expressed the size of a result. A ratio is read against 1 on a log scale, a
 * difference against 0.
 */
public enum EffectMeasure implements SlugEnum {

	MEAN_DIFFERENCE("Mean difference", "MD", false),
	STANDARDIZED_MEAN_DIFFERENCE("Standardized mean difference", "SMD", false), ODDS_RATIO("Odds ratio", "OR", true);

	private final String label;

	private final String abbreviation;

	private final boolean ratio;

	EffectMeasure(String label, String abbreviation, boolean ratio) {
		this.label = label;
		this.abbreviation = abbreviation;
		this.ratio = ratio;
	}

	public String getLabel() {
		return this.label;
	}

	public String getAbbreviation() {
		return this.abbreviation;
	}

	/** Whether the measure is a ratio, whose line of no effect is 1, not 0. */
	public boolean isRatio() {
		return this.ratio;
	}

	/** The value that means no difference. */
	public double noEffect() {
		return this.ratio ? 1 : 0;
	}

	public static EffectMeasure fromSlug(String slug) {
		return SlugEnum.fromSlug(EffectMeasure.class, slug);
	}

}
