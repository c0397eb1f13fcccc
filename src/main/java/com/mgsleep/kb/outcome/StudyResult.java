package com.mgsleep.kb.outcome;

import com.mgsleep.kb.citation.Citation;
import com.mgsleep.kb.vocabulary.Outcome;
import com.mgsleep.kb.vocabulary.ResultDirection;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/**
 * What one study found for one outcome: a row of that outcome's evidence table.
 */
@Entity
public class StudyResult {

	@Id
	@GeneratedValue
	private Long id;

	/** The order the results are written in, for a stable table. */
	private int position;

	@ManyToOne(optional = false)
	private Citation citation;

	@Enumerated(EnumType.STRING)
	private Outcome outcome;

	@Enumerated(EnumType.STRING)
	private ResultDirection direction;

	@Column(length = 1000)
	private String finding;

	private Effect effect;

	/** How many people the result is about, when not the whole study. */
	private Integer participants;

	/** Who the result is about, when not the whole study. */
	@Column(length = 1000)
	private String population;

	/** Elemental magnesium a day, in mg, as the study gives it. */
	private Double elementalMin;

	private Double elementalMax;

	protected StudyResult() {
	}

	public StudyResult(int position, Citation citation, Outcome outcome, ResultDirection direction, String finding,
			Effect effect) {
		this.position = position;
		this.citation = citation;
		this.outcome = outcome;
		this.direction = direction;
		this.finding = finding;
		this.effect = effect;
	}

	/** Narrows the result to part of the study: some of its people, or fewer. */
	public void setSubgroup(Integer participants, String population) {
		this.participants = participants;
		this.population = population;
	}

	public void setElementalDose(Double min, Double max) {
		this.elementalMin = min;
		this.elementalMax = max;
	}

	public Long getId() {
		return this.id;
	}

	public int getPosition() {
		return this.position;
	}

	public Citation getCitation() {
		return this.citation;
	}

	public Outcome getOutcome() {
		return this.outcome;
	}

	public ResultDirection getDirection() {
		return this.direction;
	}

	public String getFinding() {
		return this.finding;
	}

	public Effect getEffect() {
		return this.effect;
	}

	public Integer getParticipants() {
		return this.participants;
	}

	public String getPopulation() {
		return this.population;
	}

	public Double getElementalMin() {
		return this.elementalMin;
	}

	public Double getElementalMax() {
		return this.elementalMax;
	}

	/** The people the result is about: its own count, or the whole study's. */
	public Integer getPeople() {
		return (this.participants != null) ? this.participants : this.citation.getStudy().participants();
	}

}
