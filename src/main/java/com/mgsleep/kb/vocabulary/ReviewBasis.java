package com.mgsleep.kb.vocabulary;

/**
 * What a systematic review or meta-analysis pooled.
 */
public enum ReviewBasis implements SlugEnum {

	RANDOMIZED_TRIALS, OBSERVATIONAL_STUDIES;

	public static ReviewBasis fromSlug(String slug) {
		return SlugEnum.fromSlug(ReviewBasis.class, slug);
	}

}
