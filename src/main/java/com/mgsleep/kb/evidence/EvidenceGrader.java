package com.mgsleep.kb.evidence;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import com.mgsleep.kb.vocabulary.StudyDesign;

/**
 * Grades a claim from the designs, sizes and directions of its supporting and
 * contradicting studies, and says how the grade was reached.
 */
public final class EvidenceGrader {

	private static final Map<StudyDesign, EvidenceGrade> GRADE_OF_DESIGN = new EnumMap<>(Map.ofEntries(
			Map.entry(StudyDesign.META_ANALYSIS, EvidenceGrade.A),
			Map.entry(StudyDesign.SYSTEMATIC_REVIEW, EvidenceGrade.A),
			Map.entry(StudyDesign.REFERENCE_REPORT, EvidenceGrade.A), Map.entry(StudyDesign.RCT, EvidenceGrade.B),
			Map.entry(StudyDesign.CROSSOVER_RCT, EvidenceGrade.B), Map.entry(StudyDesign.OPEN_LABEL, EvidenceGrade.C),
			Map.entry(StudyDesign.COHORT, EvidenceGrade.C), Map.entry(StudyDesign.CROSS_SECTIONAL, EvidenceGrade.C),
			Map.entry(StudyDesign.ANIMAL, EvidenceGrade.D), Map.entry(StudyDesign.MECHANISTIC, EvidenceGrade.D),
			Map.entry(StudyDesign.NARRATIVE_REVIEW, EvidenceGrade.D),
			Map.entry(StudyDesign.BOOK_CHAPTER, EvidenceGrade.D), Map.entry(StudyDesign.WEB_ARTICLE, EvidenceGrade.E),
			Map.entry(StudyDesign.UNKNOWN, EvidenceGrade.E)));

	private EvidenceGrader() {
	}

	public static Assessment assess(ClaimEvidence claim) {
		List<Study> supporting = claim.supporting().stream().filter(Study::countsAsEvidence).toList();
		List<Study> contradicting = claim.contradicting().stream().filter(Study::countsAsEvidence).toList();
		List<Study> all = new ArrayList<>(supporting);
		all.addAll(contradicting);
		if (all.isEmpty()) {
			return new Assessment(EvidenceGrade.E,
					"No study that counts as evidence is cited; only secondary sources"
							+ (claim.supporting().isEmpty() ? "" : " or references that could not be verified") + ".",
					"Any controlled trial in people would change this grade.", FitFlags.of(claim));
		}
		EvidenceGrade grade = best(all);
		boolean mixed = !supporting.isEmpty() && !contradicting.isEmpty()
				&& best(contradicting).compareTo(best(supporting)) <= 0;
		if (mixed) {
			grade = grade.weaker();
		}
		List<FitFlag> flags = FitFlags.of(claim);
		return new Assessment(grade, rationale(supporting, contradicting, mixed), gap(grade, flags), flags);
	}

	static EvidenceGrade best(List<Study> studies) {
		return studies.stream()
			.map((study) -> GRADE_OF_DESIGN.get(study.design()))
			.min(Comparator.naturalOrder())
			.orElse(EvidenceGrade.E);
	}

	private static String rationale(List<Study> supporting, List<Study> contradicting, boolean mixed) {
		StringBuilder text = new StringBuilder();
		if (!supporting.isEmpty()) {
			text.append("For: ").append(describe(supporting));
		}
		if (!contradicting.isEmpty()) {
			text.append(text.isEmpty() ? "" : "; ").append("against: ").append(describe(contradicting));
		}
		if (mixed) {
			text.append("; graded down one step because evidence at least as strong points the other way");
		}
		return text.append('.').toString();
	}

	/**
	 * "1 meta-analysis and 2 randomized trials, 197 participants, all in older adults".
	 */
	static String describe(List<Study> studies) {
		// Grouped by the word readers see, so parallel and crossover trials count
		// together.
		Map<String, Long> byKind = studies.stream()
			.sorted(Comparator.comparing(Study::design))
			.collect(Collectors.groupingBy((study) -> noun(study.design()), LinkedHashMap::new, Collectors.counting()));
		List<String> parts = byKind.entrySet()
			.stream()
			.map((entry) -> entry.getValue() + " " + plural(entry.getKey(), entry.getValue()))
			.toList();
		String designs = (parts.size() == 1) ? parts.get(0)
				: String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
		int participants = studies.stream()
			.map(Study::participants)
			.filter(Objects::nonNull)
			.mapToInt(Integer::intValue)
			.sum();
		StringBuilder text = new StringBuilder(designs);
		if (participants > 0) {
			text.append(", ")
				.append(NumberFormat.getIntegerInstance(Locale.ENGLISH).format(participants))
				.append(" participants");
		}
		if (studies.stream().allMatch(Study::inOlderAdultsOnly)) {
			text.append(", all in older adults");
		}
		return text.toString();
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
		return singular.endsWith("is") ? singular.substring(0, singular.length() - 2) + "es" : singular + "s";
	}

	private static String gap(EvidenceGrade grade, List<FitFlag> flags) {
		String fit = flags.isEmpty() ? "" : " The studies also do not match the claim (see the flags), so a trial"
				+ " of the form and people the claim is about would matter most.";
		return switch (grade) {
			case A -> "Larger, independent trials would mainly narrow the uncertainty." + fit;
			case B -> "A systematic review pooling several trials, or one large trial, would change this grade." + fit;
			case C -> "A randomized placebo-controlled trial would change this grade." + fit;
			case D -> "A controlled trial in people would change this grade." + fit;
			case E -> "Any controlled trial in people would change this grade." + fit;
		};
	}

}
