package com.mgsleep.kb.evidence;

import com.mgsleep.kb.vocabulary.SlugEnum;

/**
 * How strong the evidence behind a claim is, from the design of the best study that
 * counts.
 */
public enum EvidenceGrade implements SlugEnum {

	A("Strong", "Systematic reviews, meta-analyses or official reference reports"),
	B("Moderate", "Randomized controlled trials"), C("Low", "Non-randomized trials or observational studies"),
	D("Very low", "Animal or mechanistic studies and expert opinion"),
	E("None", "Secondary sources only: no study that counts as evidence");

	private final String label;

	private final String description;

	EvidenceGrade(String label, String description) {
		this.label = label;
		this.description = description;
	}

	public String getLabel() {
		return this.label;
	}

	public String getDescription() {
		return this.description;
	}

	/** One grade weaker; E stays E. */
	EvidenceGrade weaker() {
		return (this == E) ? E : values()[ordinal() + 1];
	}

}
