package com.mgsleep.kb.citation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The identifiers of a work and the addresses they resolve to.
 *
 * @param doi the DOI
 * @param pmid the PubMed id
 * @param pmcid the PubMed Central id
 * @param url the URL
 */
@Embeddable
public record Identifiers(String doi, String pmid, String pmcid, @Column(length = 1000) String url) {

	/** No identifier at all. */
	public static final Identifiers NONE = new Identifiers(null, null, null, null);

	public String doiUrl() {
		return (this.doi != null) ? "https://doi.org/" + this.doi : null;
	}

	public String pubmedUrl() {
		return (this.pmid != null) ? "https://pubmed.ncbi.nlm.nih.gov/" + this.pmid + "/" : null;
	}

	public String pmcUrl() {
		return (this.pmcid != null) ? "https://pmc.ncbi.nlm.nih.gov/articles/" + this.pmcid + "/" : null;
	}

}
