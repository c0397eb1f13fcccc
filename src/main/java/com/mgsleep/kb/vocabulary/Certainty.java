package com.mgsleep.kb.vocabulary;

/**
 * How sure we are of a claim, in the GRADE approach's levels, surest first; {@code NONE}
 * when no study counts.
 */
public enum Certainty implements SlugEnum {

	HIGH("High", "Further research is very unlikely to change what the evidence shows."),
	MODERATE("Moderate", "The evidence probably shows the true effect, but it could still be different."),
	LOW("Low", "The true effect may be substantially different from what the evidence shows."),
	VERY_LOW("Very low", "Any estimate is very uncertain; the true effect is likely to be different."),
	NONE("None", "No study counts as evidence: only web articles, or references that could not be verified or"
			+ " do not show what they are cited for.");

	private final String label;

	private final String description;

	Certainty(String label, String description) {
		this.label = label;
		this.description = description;
	}

	public String getLabel() {
		return this.label;
	}

	public String getDescription() {
		return this.description;
	}

	public static Certainty fromSlug(String slug) {
		return SlugEnum.fromSlug(Certainty.class, slug);
	}

	/** Whether this level is below {@code other}. */
	public boolean isBelow(Certainty other) {
		return ordinal() > other.ordinal();
	}

	/**
	 * Lower by {@code levels}, never below {@code VERY_LOW}: counted evidence, however
	 * weak, is still more than none.
	 */
	public Certainty lowered(int levels) {
		return values()[Math.min(VERY_LOW.ordinal(), ordinal() + levels)];
	}

	/** The lower of the two. */
	public static Certainty lower(Certainty a, Certainty b) {
		return a.isBelow(b) ? a : b;
	}

}
