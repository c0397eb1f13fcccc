package com.mgsleep.kb.evidence;

import java.util.Locale;
import java.util.regex.Pattern;

import com.mgsleep.kb.vocabulary.StudyDesign;
import com.mgsleep.kb.vocabulary.VerificationStatus;

/**
 * What the analysis needs to know about one cited work.
 *
 * @param label a short name such as "Abbasi et al. 2012"
 * @param design the study design
 * @param status how far the reference was verified
 * @param participants the number of participants, or {@code null}
 * @param form the magnesium form studied, or {@code null}
 * @param combination whether magnesium was given with other actives
 * @param outcomeMeasure how outcomes were measured, or {@code null}
 * @param population who was studied, in words, or {@code null}
 */
public record Study(String label, StudyDesign design, VerificationStatus status, Integer participants, String form,
		boolean combination, String outcomeMeasure, String population) {

	private static final Pattern OLDER_ADULTS = Pattern
		.compile("\\b(older|elderly|aged 6\\d|over 5\\d|long-term care|residents)\\b");

	/** Unverifiable and mis-cited works, and web articles, are not evidence. */
	public boolean countsAsEvidence() {
		return this.design != StudyDesign.WEB_ARTICLE && this.status != VerificationStatus.UNVERIFIED
				&& this.status != VerificationStatus.MIS_CITED;
	}

	public boolean inOlderAdultsOnly() {
		return this.population != null && OLDER_ADULTS.matcher(this.population.toLowerCase(Locale.ROOT)).find();
	}

	public boolean trackerScoresOnly() {
		return "consumer-tracker".equals(this.outcomeMeasure);
	}

}
