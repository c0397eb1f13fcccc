package com.mgsleep.kb.evidence;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import com.mgsleep.kb.vocabulary.ReviewBasis;
import com.mgsleep.kb.vocabulary.StudyDesign;

/**
 * Describes a body of counted evidence in words, counting each participant once: trials a
 * cited review pooled are not added again, and people observed are never added to people
 * randomized.
 */
final class EvidenceSummary {

	private EvidenceSummary() {
	}

	/**
	 * "1 meta-analysis and 1 randomized trial, 151 participants, all in older adults;
	 * plus 1 cohort study of 3,964 people".
	 */
	static String describe(List<Study> studies) {
		List<String> parts = new ArrayList<>();
		List<Study> trials = studies.stream().filter((study) -> study.isTrial() || isReviewOfTrials(study)).toList();
		if (!trials.isEmpty()) {
			StringBuilder text = new StringBuilder(designs(trials));
			int people = participantsCountedOnce(trials);
			if (people > 0) {
				text.append(", ").append(number(people)).append(" participants");
			}
			if (trials.stream().allMatch(Study::inOlderAdultsOnly)) {
				text.append(", all in older adults");
			}
			parts.add(text.toString());
		}
		List<Study> observational = studies.stream().filter(Study::isObservational).toList();
		if (!observational.isEmpty()) {
			int people = participantsCountedOnce(observational);
			parts.add(designs(observational) + ((people > 0) ? " of " + number(people) + " people" : ""));
		}
		List<Study> rest = studies.stream()
			.filter(Predicate.not(trials::contains).and(Predicate.not(observational::contains)))
			.toList();
		if (!rest.isEmpty()) {
			parts.add(designs(rest));
		}
		return String.join("; plus ", parts);
	}

	/**
	 * The participants of these studies, leaving out any study a review among them
	 * pooled.
	 */
	static int participantsCountedOnce(List<Study> studies) {
		Set<String> pooled = CountedEvidence.pooledBy(studies);
		return studies.stream()
			.filter((study) -> !pooled.contains(study.key()))
			.map(Study::participants)
			.filter(Objects::nonNull)
			.mapToInt(Integer::intValue)
			.sum();
	}

	private static boolean isReviewOfTrials(Study study) {
		return study.isReview() && study.reviewOf() == ReviewBasis.RANDOMIZED_TRIALS;
	}

	private static String designs(List<Study> studies) {
		// Grouped by the word readers see, so parallel and crossover trials count
		// together.
		Map<String, Long> byKind = studies.stream()
			.sorted(Comparator.comparing(Study::design))
			.collect(Collectors.groupingBy((study) -> noun(study.design()), LinkedHashMap::new, Collectors.counting()));
		List<String> parts = byKind.entrySet()
			.stream()
			.map((entry) -> entry.getValue() + " " + plural(entry.getKey(), entry.getValue()))
			.toList();
		return (parts.size() == 1) ? parts.get(0)
				: String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
	}

	static String number(int value) {
		return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(value);
	}

	private static String noun(StudyDesign design) {
		return switch (design) {
			case META_ANALYSIS -> "meta-analysis";
			case SYSTEMATIC_REVIEW -> "systematic review";
			case RCT, CROSSOVER_RCT -> "randomized trial";
			case OPEN_LABEL -> "open-label trial";
			case COHORT -> "cohort study";
			case CROSS_SECTIONAL -> "cross-sectional study";
			case ANIMAL -> "animal study";
			case MECHANISTIC -> "mechanistic study";
			case NARRATIVE_REVIEW -> "narrative review";
			case REFERENCE_REPORT -> "reference report";
			case BOOK_CHAPTER -> "book chapter";
			default -> "other source";
		};
	}

	private static String plural(String singular, long count) {
		if (count == 1) {
			return singular;
		}
		if (singular.endsWith("is")) {
			return singular.substring(0, singular.length() - 2) + "es";
		}
		return singular.endsWith("y") ? singular.substring(0, singular.length() - 1) + "ies" : singular + "s";
	}

}
