package com.mgsleep.kb.citation;

import java.util.List;

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
public record CitationJson(String key, String type, String title, List<String> authors, Integer year, String container,
		String doi, String pmid, String pmcid, String url, String design, String status, boolean secondary,
		String publisher, Boolean sellsSupplements, List<ClaimRoleJson> claims) {

	public static CitationJson of(Citation citation, List<ClaimRoleJson> claims) {
		return new CitationJson(citation.getKey(), citation.getType(), citation.getTitle(),
				citation.getAuthors().stream().map(Author::shortName).toList(), citation.getYear(),
				citation.getContainer(), citation.getDoi(), citation.getPmid(), citation.getPmcid(), citation.getUrl(),
				citation.getDesign().getSlug(), citation.getStatus().getSlug(), citation.isSecondary(),
				citation.getPublisher(), citation.getSellsSupplements(), claims);
	}

	/**
	 * A claim that cites the reference.
	 *
	 * @param id the claim id
	 * @param role the role slug
	 */
	public record ClaimRoleJson(String id, String role) {
	}

}
