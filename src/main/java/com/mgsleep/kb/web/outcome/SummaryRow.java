package com.mgsleep.kb.web.outcome;

import java.util.List;

import com.mgsleep.kb.citation.Citation;
import com.mgsleep.kb.outcome.OutcomeSummary;
import com.mgsleep.kb.outcome.StudyResult;
import com.mgsleep.kb.outcome.SummaryStep;
import com.mgsleep.kb.vocabulary.Outcome;
import com.mgsleep.kb.web.fragment.CertaintyView;

/**
 * One row of the summary of findings: an outcome, what the evidence on it shows in plain
 * words and numbers, how much evidence there is and how sure we can be.
 *
 * @param slug the outcome's slug
 * @param label its name
 * @param url its evidence table
 * @param verdict the finding in two or three words ("Better with magnesium")
 * @param effect the result it rests on, in words
 * @param numbers that result's numbers, or an empty string
 * @param leadStudy the study it rests on, or an empty string
 * @param leadUrl that study's page, or an empty string
 * @param studies how many studies reported a result
 * @param participants people in trials, counted once
 * @param observed people in observational studies
 * @param evidence the counted evidence in words
 * @param certainty how sure we can be
 * @param steps where the certainty started and each step that lowered it
 */
public record SummaryRow(String slug, String label, String url, String verdict, String effect, String numbers,
		String leadStudy, String leadUrl, int studies, int participants, int observed, String evidence,
		CertaintyView certainty, List<SummaryStep> steps) {

	static SummaryRow of(OutcomeSummary summary) {
		Outcome outcome = summary.getOutcome();
		StudyResult lead = summary.getLead();
		Citation study = (lead != null) ? lead.getCitation() : null;
		return new SummaryRow(outcome.getSlug(), outcome.getLabel(), urlOf(outcome), verdict(summary),
				(lead != null) ? lead.getFinding() : "No study that counts as evidence reported a result.",
				(lead != null) ? EffectText.of(lead.getEffect()) : "", (study != null) ? study.getLabel() : "",
				(study != null) ? study.getPageUrl() : "", summary.getStudies(), summary.getParticipants(),
				summary.getObserved(), summary.getEvidence(), CertaintyView.of(summary.getCertainty()),
				summary.getSteps());
	}

	static String urlOf(Outcome outcome) {
		return "/outcomes/" + outcome.getSlug();
	}

	private static String verdict(OutcomeSummary summary) {
		if (summary.getLead() == null) {
			return "No estimate";
		}
		return summary.isShowsBenefit() ? "Better with magnesium" : "No clear benefit shown";
	}

	/** "151 in trials; 3,964 observed", the people behind the row. */
	public String getPeople() {
		String trials = (this.participants > 0) ? String.format("%,d in trials", this.participants) : "";
		String seen = (this.observed > 0) ? String.format("%,d observed", this.observed) : "";
		String both = String.join("; ", List.of(trials, seen).stream().filter((part) -> !part.isEmpty()).toList());
		return both.isEmpty() ? "not recorded" : both;
	}

}
