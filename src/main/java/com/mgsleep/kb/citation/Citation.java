package com.mgsleep.kb.citation;

import java.util.ArrayList;
import java.util.List;

import com.mgsleep.kb.vocabulary.StudyDesign;
import com.mgsleep.kb.vocabulary.VerificationStatus;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OrderColumn;
import org.hibernate.Length;

/**
 * A referenced work: a study, review, report, book chapter or web article. Its value
 * parts are never {@code null}, although Hibernate reads an embeddable whose columns are
 * all empty as null.
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

	/** "Abbasi 2012": kept with the row so that pages need not read the authors. */
	@Column(name = "short_label", length = 1000)
	private String label;

	@Column(length = 2000)
	private String authorLine;

	@Embedded
	private Publication publication = Publication.UNKNOWN;

	@Embedded
	private Identifiers identifiers = Identifiers.NONE;

	@Enumerated(EnumType.STRING)
	private StudyDesign design;

	@Enumerated(EnumType.STRING)
	private VerificationStatus status;

	@Column(length = Length.LONG32)
	private String verification;

	@Embedded
	private StudyDetails study = StudyDetails.UNKNOWN;

	private Boolean sellsSupplements;

	@ElementCollection
	@OrderColumn
	@Column(name = "source_key")
	private List<String> citedBy = new ArrayList<>();

	@Embedded
	private FormattedReference formatted;

	protected Citation() {
	}

	public Citation(String key, String type, String title, List<Author> authors) {
		this.key = key;
		this.type = type;
		this.title = title;
		this.authors = new ArrayList<>(authors);
		this.authorLine = CitationNames.authorLine(authors);
		this.label = CitationNames.label(authors, this.publication, title);
	}

	public void setPublication(Publication publication) {
		this.publication = publication;
		this.label = CitationNames.label(this.authors, publication, this.title);
	}

	public void setIdentifiers(Identifiers identifiers) {
		this.identifiers = identifiers;
	}

	public void setEvidence(StudyDesign design, VerificationStatus status, String verification) {
		this.design = design;
		this.status = status;
		this.verification = verification;
	}

	public void setStudied(StudyDetails study) {
		this.study = study;
	}

	public void setSecondarySource(Boolean sellsSupplements, List<String> citedBy) {
		this.sellsSupplements = sellsSupplements;
		this.citedBy = new ArrayList<>(citedBy);
	}

	void setFormatted(FormattedReference formatted) {
		this.formatted = formatted;
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
		return this.authorLine;
	}

	/** "Abbasi 2012" or "Topvitamine 2025": a short label for inline use. */
	public String getLabel() {
		return this.label;
	}

	public Publication getPublication() {
		return (this.publication != null) ? this.publication : Publication.UNKNOWN;
	}

	public Identifiers getIdentifiers() {
		return (this.identifiers != null) ? this.identifiers : Identifiers.NONE;
	}

	public StudyDesign getDesign() {
		return this.design;
	}

	public VerificationStatus getStatus() {
		return this.status;
	}

	public String getVerification() {
		return this.verification;
	}

	public StudyDetails getStudy() {
		return (this.study != null) ? this.study : StudyDetails.UNKNOWN;
	}

	public Boolean getSellsSupplements() {
		return this.sellsSupplements;
	}

	public List<String> getCitedBy() {
		return List.copyOf(this.citedBy);
	}

	/** The formatted forms, or {@code null} before the formatter ran. */
	public FormattedReference getFormatted() {
		return this.formatted;
	}

	public boolean isSecondary() {
		return this.design == StudyDesign.WEB_ARTICLE;
	}

	public String getPageUrl() {
		return urlOf(this.key);
	}

	/** The reference page of the work with this key. */
	public static String urlOf(String key) {
		return "/citations/" + key;
	}

	/** The scorecard page of the source with this key. */
	public static String sourceUrlOf(String key) {
		return "/sources/" + key;
	}

}
