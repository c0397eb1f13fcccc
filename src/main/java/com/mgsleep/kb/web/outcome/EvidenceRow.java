package com.mgsleep.kb.web.outcome;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.mgsleep.kb.citation.Citation;
import com.mgsleep.kb.citation.StudyDetails;
import com.mgsleep.kb.outcome.StudyResult;
import com.mgsleep.kb.vocabulary.ResultDirection;
import com.mgsleep.kb.vocabulary.StudyDesign;
import com.mgsleep.kb.vocabulary.VerificationStatus;

/**
 * One row of an evidence table: a study and what it found for the outcome.
 *
 * @param study the study's short name
 * @param url its citation page
 * @param year its year, or {@code null}
 * @param design its design in words
 * @param people how many people the result is about, or {@code null}
 * @param population who
 * @param form the form studied, or an empty string
 * @param dose the dose, elemental magnesium when the study gives it
 * @param duration how long
 * @param finding the result in words
 * @param effect the numbers, or an empty string
 * @param direction which way it went, in words
 * @param directionSlug for the style of the direction badge
 * @param note a caution readers should see (known only from summaries), or an empty
 * string
 */
public record EvidenceRow(String study, String url, Integer year, String design, Integer people, String population,
		String form, String dose, String duration, String finding, String effect, String direction,
		String directionSlug, String note) {

	/** Trials first, then reviews, then studies that observed people. */
	private static final List<StudyDesign> TRIALS_FIRST = List.of(StudyDesign.RCT, StudyDesign.CROSSOVER_RCT,
			StudyDesign.OPEN_LABEL, StudyDesign.META_ANALYSIS, StudyDesign.SYSTEMATIC_REVIEW, StudyDesign.COHORT,
			StudyDesign.CROSS_SECTIONAL);

	static EvidenceRow of(StudyResult result) {
		Citation citation = result.getCitation();
		StudyDetails studied = citation.getStudy();
		return new EvidenceRow(citation.getLabel(), citation.getPageUrl(), citation.getPublication().year(),
				citation.getDesign().getLabel(), result.getPeople(),
				(result.getPopulation() != null) ? result.getPopulation() : blank(studied.population()),
				blank(studied.formSlug()), dose(result, studied), blank(studied.duration()), result.getFinding(),
				EffectText.of(result.getEffect()), result.getDirection().getLabel(), result.getDirection().getSlug(),
				(citation.getStatus() == VerificationStatus.LIKELY)
						? "Known only from secondary summaries: the paper itself was not seen." : "");
	}

	/** The order rows are listed in, by the sort a reader chose. */
	static Comparator<StudyResult> order(TableSort sort) {
		Comparator<StudyResult> trialsFirst = Comparator
			.comparingInt((StudyResult result) -> rank(result.getCitation().getDesign()));
		Comparator<StudyResult> byPosition = Comparator.comparingInt(StudyResult::getPosition);
		return switch (sort) {
			case DESIGN -> trialsFirst.thenComparing(byPosition);
			case PARTICIPANTS ->
				Comparator.comparing(StudyResult::getPeople, Comparator.nullsLast(Comparator.reverseOrder()))
					.thenComparing(trialsFirst)
					.thenComparing(byPosition);
			case YEAR ->
				Comparator
					.comparing((StudyResult result) -> result.getCitation().getPublication().year(),
							Comparator.nullsLast(Comparator.reverseOrder()))
					.thenComparing(byPosition);
			case DIRECTION -> Comparator.comparingInt((StudyResult result) -> result.getDirection().ordinal())
				.thenComparing(trialsFirst)
				.thenComparing(byPosition);
		};
	}

	private static int rank(StudyDesign design) {
		int rank = TRIALS_FIRST.indexOf(design);
		return (rank < 0) ? TRIALS_FIRST.size() : rank;
	}

	/** Elemental magnesium a day where the study gives it, else the dose in words. */
	private static String dose(StudyResult result, StudyDetails studied) {
		if (result.getElementalMin() != null) {
			String min = String.format(Locale.ROOT, "%.0f", result.getElementalMin());
			String max = String.format(Locale.ROOT, "%.0f", result.getElementalMax());
			return (min.equals(max) ? min : min + "-" + max) + " mg elemental magnesium a day";
		}
		return blank(studied.dose());
	}

	private static String blank(String text) {
		return (text != null) ? text : "";
	}

	/** Whether the result found better sleep with magnesium. */
	public boolean isBetter() {
		return ResultDirection.BETTER.getSlug().equals(this.directionSlug);
	}

}
