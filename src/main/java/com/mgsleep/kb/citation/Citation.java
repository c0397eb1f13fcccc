package com.mgsleep.kb.citation;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OrderColumn;
import org.hibernate.Length;

/**
 * A referenced work: a study, review, report, book chapter or web article.
 */
@Entity
public class Citation {

	@Id
	@Column(name = "citation_key")
	private String key;

	private String type;

	@Column(length = 1000)
	private String title;

	@ElementCollection
	@OrderColumn
	private List<Author> authors = new ArrayList<>();

	@Column(name = "issued_year")
	private Integer year;

	@Column(name = "issued_month")
	private Integer month;

	@Column(name = "issued_day")
	private Integer day;

	private String container;

	private String volume;

	private String issue;

	private String page;

	private String doi;

	private String pmid;

	private String pmcid;

	@Column(length = 1000)
	private String url;

	private String publisher;

	private String publisherPlace;

	@Enumerated(EnumType.STRING)
	private StudyDesign design;

	@Enumerated(EnumType.STRING)
	private VerificationStatus status;

	@Column(length = 1000)
	private String population;

	@Column(length = 1000)
	private String dose;

	private String duration;

	private Integer participants;

	private String formSlug;

	private boolean combination;

	private String outcomeMeasure;

	private Boolean sellsSupplements;

	@Column(length = Length.LONG32)
	private String verification;

	@Column(length = Length.LONG32)
	private String vancouverHtml;

	@Column(length = Length.LONG32)
	private String apaHtml;

	@Column(length = Length.LONG32)
	private String bibtex;

	@Column(length = Length.LONG32)
	private String cslJson;

	@ElementCollection
	@OrderColumn
	@Column(name = "source_key")
	private List<String> citedBy = new ArrayList<>();

	protected Citation() {
	}

	public Citation(String key, String type, String title, List<Author> authors) {
		this.key = key;
		this.type = type;
		this.title = title;
		this.authors = new ArrayList<>(authors);
	}

	public void setPublication(Integer year, Integer month, Integer day, String container, String volume, String issue,
			String page, String publisher, String publisherPlace) {
		this.year = year;
		this.month = month;
		this.day = day;
		this.container = container;
		this.volume = volume;
		this.issue = issue;
		this.page = page;
		this.publisher = publisher;
		this.publisherPlace = publisherPlace;
	}

	public void setIdentifiers(String doi, String pmid, String pmcid, String url) {
		this.doi = doi;
		this.pmid = pmid;
		this.pmcid = pmcid;
		this.url = url;
	}

	public void setEvidence(StudyDesign design, VerificationStatus status, String verification) {
		this.design = design;
		this.status = status;
		this.verification = verification;
	}

	public void setStudied(String population, String dose, String duration, Integer participants, String formSlug,
			boolean combination, String outcomeMeasure) {
		this.population = population;
		this.dose = dose;
		this.duration = duration;
		this.participants = participants;
		this.formSlug = formSlug;
		this.combination = combination;
		this.outcomeMeasure = outcomeMeasure;
	}

	public void setSecondarySource(Boolean sellsSupplements, List<String> citedBy) {
		this.sellsSupplements = sellsSupplements;
		this.citedBy = new ArrayList<>(citedBy);
	}

	void setFormatted(String vancouverHtml, String apaHtml, String bibtex, String cslJson) {
		this.vancouverHtml = vancouverHtml;
		this.apaHtml = apaHtml;
		this.bibtex = bibtex;
		this.cslJson = cslJson;
	}

	/**
	 * The reference in Vancouver/NLM style, formatted by citeproc-java; sanitized HTML.
	 */
	public String getVancouverHtml() {
		return this.vancouverHtml;
	}

	/** The reference in APA style, formatted by citeproc-java; sanitized HTML. */
	public String getApaHtml() {
		return this.apaHtml;
	}

	public String getBibtex() {
		return this.bibtex;
	}

	public String getCslJson() {
		return this.cslJson;
	}

	public String getKey() {
		return this.key;
	}

	public String getType() {
		return this.type;
	}

	public String getTitle() {
		return this.title;
	}

	public List<Author> getAuthors() {
		return List.copyOf(this.authors);
	}

	/** "Abbasi B, Kimiagar M, Sadeghniiat K, et al." for lists and previews. */
	public String getAuthorLine() {
		List<String> names = this.authors.stream().map(Author::shortName).toList();
		if (names.size() > 6) {
			return String.join(", ", names.subList(0, 3)) + ", et al.";
		}
		return String.join(", ", names);
	}

	/** "Abbasi 2012" or "Topvitamine 2025": a short label for inline use. */
	public String getLabel() {
		return labelOf(this.authors.stream()
			.map((author) -> (author.family() != null) ? author.family() : author.literal())
			.toList(), this.publisher, this.title, this.year);
	}

	/**
	 * A short name for a work, such as "Abbasi et al. 2012" or "Mah & Pitre 2021".
	 * @param authors the authors' family or literal names, in order
	 * @param publisher the publisher, named when there are no authors
	 * @param title the title, named when there is neither
	 * @param year the year, or {@code null}
	 * @return the label
	 */
	public static String labelOf(List<String> authors, String publisher, String title, Integer year) {
		String who = authors.isEmpty() ? ((publisher != null) ? publisher : title) : authors.get(0);
		String etAl = (authors.size() > 2) ? " et al." : ((authors.size() == 2) ? " & " + authors.get(1) : "");
		return who + etAl + ((year != null) ? " " + year : "");
	}

	public Integer getYear() {
		return this.year;
	}

	public Integer getMonth() {
		return this.month;
	}

	public Integer getDay() {
		return this.day;
	}

	public String getContainer() {
		return this.container;
	}

	public String getVolume() {
		return this.volume;
	}

	public String getIssue() {
		return this.issue;
	}

	public String getPage() {
		return this.page;
	}

	public String getDoi() {
		return this.doi;
	}

	public String getPmid() {
		return this.pmid;
	}

	public String getPmcid() {
		return this.pmcid;
	}

	public String getUrl() {
		return this.url;
	}

	public String getPublisher() {
		return this.publisher;
	}

	public String getPublisherPlace() {
		return this.publisherPlace;
	}

	public StudyDesign getDesign() {
		return this.design;
	}

	public VerificationStatus getStatus() {
		return this.status;
	}

	public String getPopulation() {
		return this.population;
	}

	public String getDose() {
		return this.dose;
	}

	public String getDuration() {
		return this.duration;
	}

	public Integer getParticipants() {
		return this.participants;
	}

	public String getFormSlug() {
		return this.formSlug;
	}

	public boolean isCombination() {
		return this.combination;
	}

	public String getOutcomeMeasure() {
		return this.outcomeMeasure;
	}

	public Boolean getSellsSupplements() {
		return this.sellsSupplements;
	}

	public String getVerification() {
		return this.verification;
	}

	public List<String> getCitedBy() {
		return List.copyOf(this.citedBy);
	}

	public boolean isSecondary() {
		return this.design == StudyDesign.WEB_ARTICLE;
	}

	public String getPageUrl() {
		return "/citations/" + this.key;
	}

	/**
	 * Journal, volume, issue and pages in Vancouver style: "J Res Med Sci.
	 * 2012;17(12):1161-1169."
	 */
	public String getSourceLine() {
		StringBuilder line = new StringBuilder();
		if (this.container != null) {
			line.append(this.container).append(". ");
		}
		if (this.year != null) {
			line.append(this.year);
		}
		if (this.volume != null) {
			line.append(';').append(this.volume);
			if (this.issue != null) {
				line.append('(').append(this.issue).append(')');
			}
		}
		if (this.page != null) {
			line.append(':').append(this.page);
		}
		String text = line.toString().strip();
		return text.isEmpty() ? "" : text + ".";
	}

}
