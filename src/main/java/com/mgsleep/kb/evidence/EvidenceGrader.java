package com.mgsleep.kb.evidence;

import com.mgsleep.kb.vocabulary.Certainty;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.mgsleep.kb.evidence.CertaintyStep.Concern;
import com.mgsleep.kb.vocabulary.StudyDesign;
import com.mgsleep.kb.vocabulary.VerificationStatus;

/**
 * Works out how sure we can be of a claim, following the GRADE approach: the evidence the
 * claim rests on starts at a level set by its design and is rated down, one step shown
 * for each reason, for risk of bias, indirectness, imprecision and inconsistency.
 */
public final class EvidenceGrader {

	/**
	 * Below this many participants in total, an estimate is too imprecise to trust fully;
	 * GRADE's rule of thumb for the optimal information size of a continuous outcome.
	 */
	static final int ENOUGH_PARTICIPANTS = 400;

	/** Below this many, imprecision is very serious: two levels. */
	static final int FEW_PARTICIPANTS = 100;

	private EvidenceGrader() {
	}

	public static Assessment assess(ClaimEvidence claim) {
		CountedEvidence support = CountedEvidence.of(claim.supporting(), claim);
		CountedEvidence against = CountedEvidence.of(claim.contradicting(), claim);
		List<String> notCounted = new ArrayList<>(support.notCounted());
		notCounted.addAll(against.notCounted());
		claim.misCited()
			.forEach((study) -> notCounted.add(study.label() + ": a source cites it for this claim, but it does not"
					+ " show what the claim says"));
		List<FitFlag> flags = FitFlags.shown(claim, claim.supporting().stream().filter(Study::isPrimaryWork).toList());
		if (support.isEmpty() && against.isEmpty()) {
			String reason = (!claim.supporting().isEmpty() || !claim.contradicting().isEmpty())
					? "no cited work counts as evidence"
					: claim.misCited().isEmpty() ? "no study is cited; only web articles make the claim"
							: "no study shows it: the studies that sources cite for it do not say what it says";
			return new Assessment(Certainty.NONE, List.of(CertaintyStep.none(reason)),
					"No study that counts as evidence is cited.", notCounted, gap(Certainty.NONE, flags), flags, false,
					false, Certainty.NONE);
		}
		boolean restsOnAgainst = support.isEmpty() || (claim.judgedFalse() && !against.isEmpty());
		CountedEvidence main = restsOnAgainst ? against : support;
		CountedEvidence other = restsOnAgainst ? support : against;
		CertaintyLadder ladder = grade(claim, main.strongest(), other, restsOnAgainst);
		return new Assessment(ladder.level(), ladder.steps(), rationale(support, against), notCounted,
				gap(ladder.level(), flags), flags, !support.isEmpty(), !against.isEmpty(), support.start());
	}

	private static CertaintyLadder grade(ClaimEvidence claim, List<Study> basis, CountedEvidence other,
			boolean restsOnAgainst) {
		Study best = basis.stream().min(Comparator.comparing(StartingLevel::ofDesign)).orElseThrow();
		Certainty designStart = StartingLevel.ofDesign(best);
		CertaintyLadder ladder = new CertaintyLadder(designStart,
				StartingLevel.describe(best) + (restsOnAgainst ? ", against the claim" : ""));
		secondaryOnly(basis, ladder);
		List<FitFlag> indirect = FitFlags.indirectness(claim, basis);
		if (!indirect.isEmpty()) {
			ladder.down((indirect.size() > 1) ? 2 : 1, Concern.INDIRECTNESS,
					String.join("; ", indirect.stream().map(EvidenceGrader::phrase).toList()));
		}
		imprecision(basis).ifPresent((found) -> ladder.down(found.levels(), Concern.IMPRECISION, found.reason()));
		inconsistency(basis, other, restsOnAgainst)
			.ifPresent((reason) -> ladder.down(1, Concern.INCONSISTENCY, reason));
		basis.stream()
			.map(Study::rating)
			.filter(Objects::nonNull)
			.max(Comparator.comparing(Study.Rating::certainty))
			.ifPresent((rating) -> ladder.capAt(rating.certainty(), Concern.RISK_OF_BIAS,
					rating.by() + " rate the certainty of this evidence "
							+ rating.certainty().getLabel().toLowerCase(Locale.ROOT)));
		return ladder;
	}

	/** A flag's sentence as a phrase in a step: "every study it rests on ...". */
	private static String phrase(FitFlag flag) {
		String message = flag.message();
		String trimmed = message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
		return Character.toLowerCase(trimmed.charAt(0)) + trimmed.substring(1);
	}

	/** Studies known only from secondary summaries count at most as Low. */
	private static void secondaryOnly(List<Study> basis, CertaintyLadder ladder) {
		List<String> likely = basis.stream()
			.filter((study) -> study.status() == VerificationStatus.LIKELY
					&& StartingLevel.ofDesign(study) != StartingLevel.of(study))
			.map(Study::label)
			.toList();
		if (!likely.isEmpty()) {
			ladder.capAt(Certainty.LOW, Concern.RISK_OF_BIAS, String.join(" and ", likely)
					+ " known only from secondary summaries: the work itself was not seen");
		}
	}

	/**
	 * Imprecision, one level below {@link #ENOUGH_PARTICIPANTS} and two below
	 * {@link #FEW_PARTICIPANTS} or when nobody recorded how many took part: a sample that
	 * small cannot rule out no effect at all.
	 */
	private static Optional<Imprecision> imprecision(List<Study> basis) {
		if (basis.stream().allMatch((study) -> study.design() == StudyDesign.REFERENCE_REPORT)) {
			return Optional.empty();
		}
		int total = EvidenceSummary.participantsCountedOnce(basis);
		if (total == 0 && basis.stream().allMatch((study) -> study.rating() != null)) {
			// the reviewers' own rating, applied below, already weighs how many took part
			return Optional.empty();
		}
		boolean single = basis.size() == 1 && basis.get(0).isTrial();
		if (total >= ENOUGH_PARTICIPANTS && !single) {
			return Optional.empty();
		}
		String size = (total > 0) ? EvidenceSummary.number(total) + " participants"
				: "the number of participants is not recorded";
		String reason = single ? "a single trial" + ((total > 0) ? " of " + size : "; " + size)
				: ((total > 0) ? size + " in total" : size);
		return Optional.of(new Imprecision((total < FEW_PARTICIPANTS) ? 2 : 1, reason));
	}

	private record Imprecision(int levels, String reason) {
	}

	/**
	 * Counted evidence the other way that starts at least as high. Studies a review on
	 * the claim's side already pooled are part of that review's result, not a
	 * disagreement with it.
	 */
	private static Optional<String> inconsistency(List<Study> basis, CountedEvidence other, boolean restsOnAgainst) {
		Set<String> pooled = CountedEvidence.pooledBy(basis);
		Certainty start = StartingLevel.of(basis.get(0));
		List<Study> rival = other.counted()
			.stream()
			.filter((study) -> !pooled.contains(study.key()))
			.filter((study) -> !StartingLevel.of(study).isBelow(start))
			.toList();
		if (rival.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of("evidence " + (restsOnAgainst ? "for" : "against") + " the claim of similar" + " strength: "
				+ EvidenceSummary.describe(rival) + " ("
				+ String.join(", ", rival.stream().map(Study::label).filter(Objects::nonNull).toList()) + ")");
	}

	private static String rationale(CountedEvidence support, CountedEvidence against) {
		StringBuilder text = new StringBuilder();
		if (!support.isEmpty()) {
			text.append("For: ").append(EvidenceSummary.describe(support.counted()));
		}
		if (!against.isEmpty()) {
			text.append(text.isEmpty() ? "Against: " : "; against: ")
				.append(EvidenceSummary.describe(against.counted()));
		}
		return text.append('.').toString();
	}

	private static String gap(Certainty certainty, List<FitFlag> flags) {
		String fit = flags.isEmpty() ? "" : " The studies also do not match the claim (see the flags), so a trial"
				+ " of the form and people the claim is about would matter most.";
		return switch (certainty) {
			case HIGH -> "Larger, independent trials would mainly narrow the uncertainty." + fit;
			case MODERATE -> "One large, well-run trial in the people the claim is about could change this." + fit;
			case LOW -> "Larger randomized placebo-controlled trials, in the people and the form the claim is about,"
					+ " would change this." + fit;
			case VERY_LOW -> "A randomized placebo-controlled trial in people would change this." + fit;
			case NONE -> "Any controlled study in people would change this." + fit;
		};
	}

}
