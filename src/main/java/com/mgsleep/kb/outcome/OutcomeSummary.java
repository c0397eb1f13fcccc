package com.mgsleep.kb.outcome;

import java.util.ArrayList;
import java.util.List;

import com.mgsleep.kb.vocabulary.Certainty;
import com.mgsleep.kb.vocabulary.Outcome;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;

/**
 * One row of the summary of findings: what every study of an outcome shows together,
 * worked out at import from the same results the outcome's table lists.
 */
@Entity
public class OutcomeSummary {

	@Id
	@Enumerated(EnumType.STRING)
	private Outcome outcome;

	/** The result the finding rests on, or {@code null} when none counts. */
	@ManyToOne
	private StudyResult lead;

	private boolean showsBenefit;

	@Enumerated(EnumType.STRING)
	private Certainty certainty;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "outcome_summary_step")
	@OrderColumn
	private List<SummaryStep> steps = new ArrayList<>();

	@Column(length = 2000)
	private String evidence;

	private int studies;

	private int participants;

	private int observed;

	protected OutcomeSummary() {
	}

	public OutcomeSummary(Outcome outcome, StudyResult lead, boolean showsBenefit, Certainty certainty,
			List<SummaryStep> steps) {
		this.outcome = outcome;
		this.lead = lead;
		this.showsBenefit = showsBenefit;
		this.certainty = certainty;
		this.steps = new ArrayList<>(steps);
	}

	/**
	 * How much evidence there is.
	 * @param studies the studies that reported a result
	 * @param participants people in trials and reviews of trials, counted once
	 * @param observed people in observational studies
	 * @param evidence the counted evidence in words
	 */
	public void setAmount(int studies, int participants, int observed, String evidence) {
		this.studies = studies;
		this.participants = participants;
		this.observed = observed;
		this.evidence = evidence;
	}

	public Outcome getOutcome() {
		return this.outcome;
	}

	public StudyResult getLead() {
		return this.lead;
	}

	public boolean isShowsBenefit() {
		return this.showsBenefit;
	}

	public Certainty getCertainty() {
		return this.certainty;
	}

	public List<SummaryStep> getSteps() {
		return List.copyOf(this.steps);
	}

	public String getEvidence() {
		return this.evidence;
	}

	public int getStudies() {
		return this.studies;
	}

	public int getParticipants() {
		return this.participants;
	}

	public int getObserved() {
		return this.observed;
	}

}
