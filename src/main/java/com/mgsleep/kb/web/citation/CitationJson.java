package com.mgsleep.kb.web.citation;

import java.util.List;

import com.mgsleep.kb.citation.Author;
import com.mgsleep.kb.citation.Citation;
import com.mgsleep.kb.citation.Identifiers;
import com.mgsleep.kb.citation.Publication;

/**
 * A reference as the JSON API shows it.
 *
 * @param key the citation key
 * @param type the CSL type
 * @param title the title
 * @param authors authors as "Family Initials"
 * @param year the year
 * @param container the journal, book or site
 * @param doi the DOI
 * @param pmid the PubMed id
 * @param pmcid the PubMed Central id
 * @param url the URL
 * @param design the study design slug
 * @param status the verification status slug
 * @param secondary whether it is a web article (a secondary source)
 * @param publisher the publisher
 * @param sellsSupplements for web articles, whether the publisher sells supplements
 * @param claims the claims that cite it, with roles
 */
record CitationJson(String key, String type, String title, List<String> authors, Integer year, String container,
		String doi, String pmid, String pmcid, String url, String design, String status, boolean secondary,
		String publisher, Boolean sellsSupplements, List<ClaimRoleJson> claims) {

	static CitationJson of(Citation citation, List<ClaimRoleJson> claims) {
		Publication publication = citation.getPublication();
		Identifiers ids = citation.getIdentifiers();
		return new CitationJson(citation.getKey(), citation.getType(), citation.getTitle(),
				citation.getAuthors().stream().map(Author::shortName).toList(), publication.year(),
				publication.container(), ids.doi(), ids.pmid(), ids.pmcid(), ids.url(), citation.getDesign().getSlug(),
				citation.getStatus().getSlug(), citation.isSecondary(), publication.publisher(),
				citation.getSellsSupplements(), claims);
	}

	/**
	 * A claim that cites the reference.
	 *
	 * @param id the claim id
	 * @param role the role slug
	 */
	record ClaimRoleJson(String id, String role) {
	}

}
