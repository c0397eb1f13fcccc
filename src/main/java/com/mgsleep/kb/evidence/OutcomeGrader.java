package com.mgsleep.kb.evidence;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.IntStream;

import com.mgsleep.kb.vocabulary.Certainty;
import com.mgsleep.kb.vocabulary.ClaimKind;
import com.mgsleep.kb.vocabulary.ResultDirection;

/**
 * The summary of findings for one outcome, worked out from every study that measured it
 * with the same GRADE steps as a claim: the outcome is read as the claim "magnesium
 * improves it", results that found better sleep count for it, results that found no
 * difference, worse sleep or a mix count against it, and a review that could not pool
 * magnesium counts for neither.
 */
public final class OutcomeGrader {

	private OutcomeGrader() {
	}

	/**
	 * @param label the outcome in words, such as "time to fall asleep"
	 * @param rows every result on the outcome
	 * @return the finding
	 */
	public static OutcomeFinding grade(String label, List<OutcomeRow> rows) {
		// No topic: the outcome itself says what was measured, so a tracker's scores
		// count
		// for the tracker outcome (the rule that drops them is for claims about sleep
		// stages, and the sleep-stages outcome holds laboratory recordings only).
		List<OutcomeRow> weighed = rows.stream()
			.filter((row) -> row.direction() != ResultDirection.NOT_ESTIMATED && row.study().isPrimaryWork())
			.toList();
		int lead = lead(rows, weighed);
		boolean benefit = lead >= 0 && rows.get(lead).direction() == ResultDirection.BETTER;
		List<Study> supporting = weighed.stream()
			.filter((row) -> row.direction() == ResultDirection.BETTER)
			.map(OutcomeRow::study)
			.toList();
		List<Study> against = weighed.stream()
			.filter((row) -> row.direction() != ResultDirection.BETTER)
			.map(OutcomeRow::study)
			.toList();
		Assessment assessment = EvidenceGrader
			.assess(new ClaimEvidence("Magnesium improves " + label.toLowerCase(Locale.ROOT), ClaimKind.EFFECT,
					List.of(), List.of(), lead >= 0 && !benefit, supporting, against, List.of()));
		List<Study> distinct = distinct(weighed.stream().map(OutcomeRow::study).toList());
		List<Study> trials = distinct.stream().filter((study) -> !study.isObservational()).toList();
		List<Study> observational = distinct.stream().filter(Study::isObservational).toList();
		return new OutcomeFinding(lead, benefit, assessment,
				distinct(rows.stream().map(OutcomeRow::study).toList()).size(),
				EvidenceSummary.participantsCountedOnce(trials), EvidenceSummary.participantsCountedOnce(observational),
				distinct.isEmpty() ? "no study that counts" : EvidenceSummary.describe(distinct));
	}

	/**
	 * The result the finding rests on. The side (better, or not better) whose strongest
	 * design starts higher wins; at the same start, the side with more participants in
	 * its strongest studies, each counted once; on a tie, not better, since a benefit
	 * must be shown. On that side, the result whose design starts highest, a review
	 * before the trials it pooled, then the one with the most participants.
	 */
	private static int lead(List<OutcomeRow> rows, List<OutcomeRow> weighed) {
		List<OutcomeRow> better = weighed.stream().filter((row) -> row.direction() == ResultDirection.BETTER).toList();
		List<OutcomeRow> other = weighed.stream().filter((row) -> row.direction() != ResultDirection.BETTER).toList();
		List<OutcomeRow> side = (weight(better).compareTo(weight(other)) > 0) ? better : other;
		Comparator<OutcomeRow> strongest = Comparator.comparing((OutcomeRow row) -> StartingLevel.of(row.study()))
			.thenComparing((row) -> row.study().isReview() ? 0 : 1)
			.thenComparing((row) -> -Objects.requireNonNullElse(row.study().participants(), 0));
		return side.stream().min(strongest).map(rows::indexOf).orElse(-1);
	}

	/** How much a side weighs: the start of its strongest design, then its people. */
	private static Weight weight(List<OutcomeRow> side) {
		if (side.isEmpty()) {
			return new Weight(-1, 0);
		}
		List<Study> studies = side.stream().map(OutcomeRow::study).toList();
		Certainty start = studies.stream().map(StartingLevel::of).min(Comparator.naturalOrder()).orElseThrow();
		List<Study> strongest = studies.stream().filter((study) -> StartingLevel.of(study) == start).toList();
		return new Weight(Certainty.NONE.ordinal() - start.ordinal(),
				EvidenceSummary.participantsCountedOnce(distinct(strongest)));
	}

	private record Weight(int start, int people) implements Comparable<Weight> {

		@Override
		public int compareTo(Weight other) {
			return Comparator.comparingInt(Weight::start).thenComparingInt(Weight::people).compare(this, other);
		}

	}

	/** Each study once, in the order first seen: a study may report two results. */
	private static List<Study> distinct(List<Study> studies) {
		return IntStream.range(0, studies.size())
			.filter((i) -> studies.subList(0, i).stream().noneMatch((seen) -> seen.key().equals(studies.get(i).key())))
			.mapToObj(studies::get)
			.toList();
	}

}
