package com.mgsleep.kb.content.markdown;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The closed sets of values editors may use. The web layer has matching enums; a test
 * keeps the two in step.
 */
public final class Vocabulary {

	public static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	public static final List<String> VERDICTS = List.of("supported", "limited", "mixed", "unsupported", "contradicted",
			"general-advice");

	/**
	 * What a claim is about: reference reports count as evidence for the last two only.
	 */
	public static final List<String> CLAIM_KINDS = List.of("effect", "reference-value", "physiology");

	/** A review's own rating of the certainty of its evidence (GRADE). */
	public static final List<String> RATED_CERTAINTIES = List.of("high", "moderate", "low", "very-low");

	/** What a systematic review or meta-analysis pooled. */
	public static final List<String> REVIEW_BASES = List.of("randomized-trials", "observational-studies");

	/** Designs that must say what they reviewed. */
	public static final List<String> SYSTEMATIC_DESIGNS = List.of("meta-analysis", "systematic-review");

	public static final List<String> ROLES = List.of("supports", "contradicts", "asserted-by", "mis-cited-by");

	public static final List<String> DESIGNS = List.of("meta-analysis", "systematic-review", "rct", "crossover-rct",
			"open-label", "cohort", "cross-sectional", "animal", "mechanistic", "narrative-review", "reference-report",
			"book-chapter", "web-article", "unknown");

	public static final List<String> STATUSES = List.of("verified", "likely", "unverified", "mis-cited");

	public static final List<String> PURPOSES = List.of("rda", "upper-limit", "sleep-support", "study-dose");

	public static final List<String> POPULATIONS = List.of("adults", "older-adults", "infants-0-6m", "infants-7-12m",
			"children-1-3", "children-4-8", "children-9-13", "boys-14-18", "girls-14-18", "men-19-30", "men-31-50",
			"men-51-plus", "women-19-30", "women-31-50", "women-51-plus", "pregnancy-14-18", "pregnancy-19-30",
			"pregnancy-31-50", "lactation-14-18", "lactation-19-30", "lactation-31-50", "pregnant-women");

	/** GitHub alert types; they render as highlighted notes and carry no data. */
	public static final List<String> ALERTS = List.of("note", "tip", "important", "warning", "caution");

	public static final String SECONDARY_DESIGN = "web-article";

	private Vocabulary() {
	}

}
