package com.mgsleep.kb.citation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What a study studied, as far as the evidence analysis needs it.
 *
 * @param population who was studied
 * @param dose the dose studied
 * @param duration how long
 * @param participants the number of participants, or {@code null}
 * @param formSlug the form studied, or {@code null}
 * @param combination whether magnesium was combined with other actives
 * @param outcomeMeasure how outcomes were measured
 */
@Embeddable
public record StudyDetails(@Column(length = 1000) String population, @Column(length = 1000) String dose,
		String duration, Integer participants, String formSlug, boolean combination, String outcomeMeasure) {

	/** Nothing known about what was studied. */
	public static final StudyDetails UNKNOWN = new StudyDetails(null, null, null, null, null, false, null);

}
