package com.mgsleep.kb.vocabulary;

import com.mgsleep.kb.vocabulary.SlugEnum;

/**
 * How far a reference could be checked against the published record.
 */
public enum VerificationStatus implements SlugEnum {

	VERIFIED("Verified", "The work and its identifiers were seen in the published record."),
	LIKELY("Likely", "The work almost certainly exists, but no record settling it was seen."),
	UNVERIFIED("Unverified", "It could not be found; it may be fabricated."),
	MIS_CITED("Mis-cited", "The work exists, but it does not say what it is cited for.");

	private final String label;

	private final String description;

	VerificationStatus(String label, String description) {
		this.label = label;
		this.description = description;
	}

	public String getLabel() {
		return this.label;
	}

	public String getDescription() {
		return this.description;
	}

	public static VerificationStatus fromSlug(String slug) {
		return SlugEnum.fromSlug(VerificationStatus.class, slug);
	}

}
