package com.mgsleep.kb.dosage;

import java.util.ArrayList;
import java.util.List;

import com.mgsleep.kb.article.Article;
import com.mgsleep.kb.citation.Citation;
import com.mgsleep.kb.evidence.DoseStatement;
import com.mgsleep.kb.form.MagnesiumForm;
import com.mgsleep.kb.vocabulary.DosagePurpose;
import com.mgsleep.kb.vocabulary.Population;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;

/**
 * A stated amount of elemental magnesium per day, for a population and a purpose.
 */
@Entity
public class Dosage {

	@Id
	@GeneratedValue
	private Long id;

	@Enumerated(EnumType.STRING)
	private Population population;

	@Enumerated(EnumType.STRING)
	private DosagePurpose purpose;

	private double minMg;

	private double maxMg;

	private String amountText;

	@ManyToOne
	private MagnesiumForm form;

	private Integer minMinutesBeforeBed;

	private Integer maxMinutesBeforeBed;

	private String timingText;

	@Column(length = 2000)
	private String note;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Article article;

	private int tableIndex;

	private String tableTitle;

	@ElementCollection
	@OrderColumn
	private List<DosageWarning> warnings = new ArrayList<>();

	@ManyToMany
	@OrderColumn
	@JoinTable(name = "dosage_citation")
	private List<Citation> citations = new ArrayList<>();

	protected Dosage() {
	}

	public Dosage(Population population, DosagePurpose purpose, double minMg, double maxMg, String amountText,
			MagnesiumForm form, String note) {
		this.population = population;
		this.purpose = purpose;
		this.minMg = minMg;
		this.maxMg = maxMg;
		this.amountText = amountText;
		this.form = form;
		this.note = note;
	}

	public void setTiming(int minMinutes, int maxMinutes, String text) {
		this.minMinutesBeforeBed = minMinutes;
		this.maxMinutesBeforeBed = maxMinutes;
		this.timingText = text;
	}

	public void placeIn(Article article, int tableIndex, String tableTitle) {
		this.article = article;
		this.tableIndex = tableIndex;
		this.tableTitle = tableTitle;
	}

	/** This dose as the evidence checks see it; the first source names it. */
	public DoseStatement toDoseStatement() {
		String source = this.citations.stream().map(Citation::getLabel).findFirst().orElse("");
		return new DoseStatement(this.population, this.purpose, this.minMg, this.maxMg, source,
				this.minMinutesBeforeBed, this.maxMinutesBeforeBed);
	}

	public void warn(List<DosageWarning> warnings) {
		this.warnings = new ArrayList<>(warnings);
	}

	public List<DosageWarning> getWarnings() {
		return List.copyOf(this.warnings);
	}

	public void addCitation(Citation citation) {
		this.citations.add(citation);
	}

	public Long getId() {
		return this.id;
	}

	public Population getPopulation() {
		return this.population;
	}

	public DosagePurpose getPurpose() {
		return this.purpose;
	}

	public double getMinMg() {
		return this.minMg;
	}

	public double getMaxMg() {
		return this.maxMg;
	}

	public String getAmountText() {
		return this.amountText;
	}

	public MagnesiumForm getForm() {
		return this.form;
	}

	public Integer getMinMinutesBeforeBed() {
		return this.minMinutesBeforeBed;
	}

	public Integer getMaxMinutesBeforeBed() {
		return this.maxMinutesBeforeBed;
	}

	public String getTimingText() {
		return this.timingText;
	}

	public String getNote() {
		return this.note;
	}

	public Article getArticle() {
		return this.article;
	}

	public int getTableIndex() {
		return this.tableIndex;
	}

	public String getTableTitle() {
		return this.tableTitle;
	}

	public List<Citation> getCitations() {
		return List.copyOf(this.citations);
	}

}
