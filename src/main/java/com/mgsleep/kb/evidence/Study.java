package com.mgsleep.kb.evidence;

import com.mgsleep.kb.vocabulary.Certainty;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.mgsleep.kb.vocabulary.OutcomeMeasure;
import com.mgsleep.kb.vocabulary.ReviewBasis;
import com.mgsleep.kb.vocabulary.StudyDesign;
import com.mgsleep.kb.vocabulary.VerificationStatus;

/**
 * What the analysis needs to know about one cited work.
 *
 * @param key the citation key
 * @param label a short name such as "Abbasi et al. 2012"
 * @param design the study design
 * @param status how far the reference was verified
 * @param participants the number of participants, or {@code null}
 * @param form the magnesium form studied, or {@code null}
 * @param combination whether magnesium was given with other actives
 * @param outcomeMeasure how outcomes were measured, or {@code null}
 * @param population who was studied, in words, or {@code null}
 * @param reviewOf for a systematic review or meta-analysis, what it pooled; otherwise
 * {@code null}
 * @param includes for a review, the keys of the cited studies it pooled
 * @param rating the certainty a systematic review gives this work's evidence (its own, or
 * that of a trial it pooled), or {@code null}
 */
public record Study(String key, String label, StudyDesign design, VerificationStatus status, Integer participants,
		String form, boolean combination, String outcomeMeasure, String population, ReviewBasis reviewOf,
		List<String> includes, Rating rating) {

	private static final Pattern OLDER_ADULTS = Pattern
		.compile("\\b(older|elderly|aged 6\\d|over 5\\d|long-term care|residents)\\b");

	public Study {
		includes = List.copyOf(includes);
	}

	/**
	 * A study with no review fields, the common case.
	 */
	public static Study of(String key, String label, StudyDesign design, VerificationStatus status,
			Integer participants, String form, boolean combination, String outcomeMeasure, String population) {
		return new Study(key, label, design, status, participants, form, combination, outcomeMeasure, population, null,
				List.of(), null);
	}

	/**
	 * Whether the work can be evidence at all. Web articles are secondary sources, and a
	 * reference nobody could find may not exist. A mis-cited work still counts as what it
	 * is when it is cited for what it shows: the role decides, not the status.
	 */
	public boolean isPrimaryWork() {
		return this.design != StudyDesign.WEB_ARTICLE && this.design != StudyDesign.UNKNOWN
				&& this.status != VerificationStatus.UNVERIFIED;
	}

	public boolean inOlderAdultsOnly() {
		return this.population != null && OLDER_ADULTS.matcher(this.population.toLowerCase(Locale.ROOT)).find();
	}

	public boolean trackerScoresOnly() {
		return OutcomeMeasure.CONSUMER_TRACKER.getSlug().equals(this.outcomeMeasure);
	}

	boolean isReview() {
		return this.design == StudyDesign.META_ANALYSIS || this.design == StudyDesign.SYSTEMATIC_REVIEW;
	}

	boolean isTrial() {
		return this.design == StudyDesign.RCT || this.design == StudyDesign.CROSSOVER_RCT
				|| this.design == StudyDesign.OPEN_LABEL;
	}

	boolean isObservational() {
		return this.design == StudyDesign.COHORT || this.design == StudyDesign.CROSS_SECTIONAL
				|| (isReview() && this.reviewOf == ReviewBasis.OBSERVATIONAL_STUDIES);
	}

	/**
	 * A review's rating of the certainty of evidence, in GRADE levels.
	 *
	 * @param certainty the rating
	 * @param by who rated it, such as "Mah & Pitre 2021"
	 */
	public record Rating(Certainty certainty, String by) {
	}

}
