package com.mgsleep.kb.vocabulary;

/**
 * The problems a stated dose can have; the slug is the stable code the API shows.
 */
public enum DoseWarningKind implements SlugEnum {

	ABOVE_UPPER_LIMIT("Above the upper limit."), RDA_AS_SUPPLEMENT_DOSE("RDA given as a supplement dose.");

	private final String heading;

	DoseWarningKind(String heading) {
		this.heading = heading;
	}

	/** The warning's first words, in bold before its message. */
	public String getHeading() {
		return this.heading;
	}

}
