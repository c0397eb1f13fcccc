package com.mgsleep.kb.vocabulary;

/**
 * What a claim is about, which decides whether an official reference report can count for
 * it.
 */
public enum ClaimKind implements SlugEnum {

	/** What magnesium does for sleep, muscles, mood and the like. */
	EFFECT,
	/** A reference value such as the RDA or the upper limit, or an intake figure. */
	REFERENCE_VALUE,
	/** How the body uses magnesium. */
	PHYSIOLOGY;

	public static ClaimKind fromSlug(String slug) {
		return SlugEnum.fromSlug(ClaimKind.class, slug);
	}

	/** Whether an official reference report can count as evidence for such a claim. */
	public boolean acceptsReferenceReports() {
		return this != EFFECT;
	}

}
