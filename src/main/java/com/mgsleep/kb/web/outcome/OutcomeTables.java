package com.mgsleep.kb.web.outcome;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import com.mgsleep.kb.outcome.OutcomeSummaryRepository;
import com.mgsleep.kb.outcome.StudyResult;
import com.mgsleep.kb.outcome.StudyResultRepository;
import com.mgsleep.kb.vocabulary.Outcome;

/**
 * Builds the evidence tables and the summary of findings from the repositories, for the
 * outcome pages and the topic pages alike.
 */
public final class OutcomeTables {

	private OutcomeTables() {
	}

	static OutcomeTable table(Outcome outcome, TableSort sort, StudyResultRepository results,
			OutcomeSummaryRepository summaries) {
		List<StudyResult> found = results.findByOutcome(outcome).stream().sorted(EvidenceRow.order(sort)).toList();
		return new OutcomeTable(outcome.getSlug(), outcome.getLabel(), outcome.getDescription(),
				SummaryRow.urlOf(outcome), "/topics/" + outcome.getTopic(),
				found.stream().map(EvidenceRow::of).toList(), ForestPlot.of(found),
				summaries.findById(outcome).map(SummaryRow::of).orElse(null));
	}

	/**
	 * The tables of the outcomes that belong to a topic, trials first.
	 * @param topic the topic's slug
	 * @param results the study results
	 * @param summaries the summary of findings
	 * @return the tables, in the outcomes' order
	 */
	public static List<OutcomeTable> forTopic(String topic, StudyResultRepository results,
			OutcomeSummaryRepository summaries) {
		return Arrays.stream(Outcome.values())
			.filter((outcome) -> outcome.getTopic().equals(topic))
			.map((outcome) -> table(outcome, TableSort.DESIGN, results, summaries))
			.filter((table) -> !table.rows().isEmpty())
			.toList();
	}

	/** The summary of findings, in the outcomes' order. */
	public static List<SummaryRow> summary(OutcomeSummaryRepository summaries) {
		return summaries.findAllWithLead()
			.stream()
			.sorted(Comparator.comparing((summary) -> summary.getOutcome().ordinal()))
			.map(SummaryRow::of)
			.toList();
	}

}
