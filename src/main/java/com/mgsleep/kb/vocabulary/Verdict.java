package com.mgsleep.kb.vocabulary;

/**
 * The editors' judgement of a claim as stated, from best to worst supported.
 */
public enum Verdict implements SlugEnum {

	SUPPORTED("Supported", "Consistent evidence from controlled human studies in the population the claim is about."),
	LIMITED("Limited",
			"Some human evidence points this way, but it is small, indirect, or in another population or form."),
	MIXED("Mixed", "Controlled studies disagree."),
	UNSUPPORTED("Unsupported", "No study backs it: only secondary sources, mechanism talk or a mis-cited reference."),
	CONTRADICTED("Contradicted", "The best evidence says otherwise."), GENERAL_ADVICE("General advice",
			"Sound general advice or a background fact, not a tested effect: no trial is needed to accept it.");

	private final String label;

	private final String description;

	Verdict(String label, String description) {
		this.label = label;
		this.description = description;
	}

	public String getLabel() {
		return this.label;
	}

	public String getDescription() {
		return this.description;
	}

	public static Verdict fromSlug(String slug) {
		return SlugEnum.fromSlug(Verdict.class, slug);
	}

}
