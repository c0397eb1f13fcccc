package com.mgsleep.kb.vocabulary;

/**
 * The ways the evidence behind a claim can miss what the claim is about; the slug is the
 * stable code the API shows.
 */
public enum FitFlagKind implements SlugEnum {

	FORM_MISMATCH("Other form studied"), OLDER_ADULTS_ONLY("Older adults only"),
	COMBINATION_ONLY("Combination product"), TRACKER_ONLY("Tracker scores only");

	private final String label;

	FitFlagKind(String label) {
		this.label = label;
	}

	/** The short badge text. */
	public String getLabel() {
		return this.label;
	}

}
