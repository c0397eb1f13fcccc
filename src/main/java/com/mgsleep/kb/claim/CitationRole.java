package com.mgsleep.kb.claim;

import java.util.Locale;

/**
 * The part a reference plays for a claim.
 */
public enum CitationRole {

	SUPPORTS("Supports"), CONTRADICTS("Contradicts"), ASSERTED_BY("Asserted by"), MIS_CITED_BY("Mis-cited for it");

	private final String label;

	CitationRole(String label) {
		this.label = label;
	}

	public String getLabel() {
		return this.label;
	}

	public String getSlug() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static CitationRole fromSlug(String slug) {
		return valueOf(slug.toUpperCase(Locale.ROOT).replace('-', '_'));
	}

}
