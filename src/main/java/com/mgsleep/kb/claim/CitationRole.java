package com.mgsleep.kb.claim;

import com.mgsleep.kb.model.SlugEnum;

/**
 * The part a reference plays for a claim.
 */
public enum CitationRole implements SlugEnum {

	SUPPORTS("Supports"), CONTRADICTS("Contradicts"), ASSERTED_BY("Asserted by"), MIS_CITED_BY("Mis-cited for it");

	private final String label;

	CitationRole(String label) {
		this.label = label;
	}

	public String getLabel() {
		return this.label;
	}

	public static CitationRole fromSlug(String slug) {
		return SlugEnum.fromSlug(CitationRole.class, slug);
	}

}
