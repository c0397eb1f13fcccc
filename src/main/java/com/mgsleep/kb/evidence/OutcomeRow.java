package com.mgsleep.kb.evidence;

import com.mgsleep.kb.vocabulary.ResultDirection;

/**
 * One study's result on one outcome, as the summary of findings weighs it.
 *
 * @param study the study, with the participants this result is about
 * @param direction which way the result went
 */
public record OutcomeRow(Study study, ResultDirection direction) {

	/**
	 * The study with a result's own number of participants, when the result is about part
	 * of the study or a review's finding rests on fewer people than it reviewed.
	 * @param study the study
	 * @param participants the result's participants, or {@code null} for the study's
	 * @return the study as this result counts it
	 */
	public static Study withParticipants(Study study, Integer participants) {
		if (participants == null) {
			return study;
		}
		return new Study(study.key(), study.label(), study.design(), study.status(), participants, study.form(),
				study.combination(), study.outcomeMeasure(), study.population(), study.reviewOf(), study.includes(),
				study.rating());
	}

}
