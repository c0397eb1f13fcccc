package com.mgsleep.kb.web.outcome;

import java.util.List;

/**
 * An outcome's evidence table, as its own page and a topic's page show it.
 *
 * @param slug the outcome's slug
 * @param label its name
 * @param description what it measures
 * @param url its page
 * @param topicUrl the page of its topic
 * @param rows one per study result
 * @param plot the results that give a number, drawn
 * @param summary the summary of findings' row for it, or {@code null} without results
 */
public record OutcomeTable(String slug, String label, String description, String url, String topicUrl,
		List<EvidenceRow> rows, ForestPlot plot, SummaryRow summary) {

	/** How many studies the rows come from: a study may report two results. */
	public long getStudyCount() {
		return this.rows.stream().map(EvidenceRow::url).distinct().count();
	}

}
