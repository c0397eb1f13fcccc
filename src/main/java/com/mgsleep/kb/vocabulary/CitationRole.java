package com.mgsleep.kb.vocabulary;

import com.mgsleep.kb.vocabulary.SlugEnum;

/**
 * The part a reference plays for a claim.
 */
public enum CitationRole implements SlugEnum {

	SUPPORTS("Supports", "Evidence for"), CONTRADICTS("Contradicts", "Evidence against"),
	ASSERTED_BY("Asserted by", "Sources asserting it"), MIS_CITED_BY("Mis-cited for it", "Mis-cited for this claim");

	private final String label;

	private final String heading;

	CitationRole(String label, String heading) {
		this.label = label;
		this.heading = heading;
	}

	public String getLabel() {
		return this.label;
	}

	/** The heading of the claim page's list of references in this role. */
	public String getHeading() {
		return this.heading;
	}

	public static CitationRole fromSlug(String slug) {
		return SlugEnum.fromSlug(CitationRole.class, slug);
	}

}
