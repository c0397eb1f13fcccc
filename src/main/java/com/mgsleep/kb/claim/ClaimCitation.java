package com.mgsleep.kb.claim;

import com.mgsleep.kb.citation.Citation;
import com.mgsleep.kb.vocabulary.CitationRole;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/**
 * A reference cited by a claim, in one role, with the editors' note.
 */
@Entity
public class ClaimCitation {

	@Id
	@GeneratedValue
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Claim claim;

	@ManyToOne(optional = false)
	private Citation citation;

	@Enumerated(EnumType.STRING)
	private CitationRole role;

	@Column(length = 1000)
	private String note;

	protected ClaimCitation() {
	}

	ClaimCitation(Claim claim, Citation citation, CitationRole role, String note) {
		this.claim = claim;
		this.citation = citation;
		this.role = role;
		this.note = note;
	}

	public Claim getClaim() {
		return this.claim;
	}

	public Citation getCitation() {
		return this.citation;
	}

	public CitationRole getRole() {
		return this.role;
	}

	public String getNote() {
		return this.note;
	}

}
