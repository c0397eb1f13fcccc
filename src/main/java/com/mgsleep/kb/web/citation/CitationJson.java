package com.mgsleep.kb.web.citation;

import java.util.List;

import com.mgsleep.kb.citation.Author;
import com.mgsleep.kb.citation.Citation;
import com.mgsleep.kb.citation.Identifiers;
import com.mgsleep.kb.citation.Publication;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A reference as the JSON API shows it; the fields are described where the OpenAPI
 * description reads them.
 */
@Schema(name = "Citation", description = "A reference: a study, a report or a web article, with the claims citing it")
record CitationJson(@Schema(description = "The citation key") String key,
		@Schema(description = "The CSL item type, such as article-journal or webpage") String type,
		@Schema(description = "The title") String title,
		@Schema(description = "Authors as \"Family Initials\"") List<String> authors,
		@Schema(description = "The year of publication, or null") Integer year,
		@Schema(description = "The journal, book or site, or null") String container,
		@Schema(description = "The DOI, or null") String doi,
		@Schema(description = "The PubMed id, or null") String pmid,
		@Schema(description = "The PubMed Central id, or null") String pmcid,
		@Schema(description = "The URL, or null") String url, @Schema(description = "The study design") String design,
		@Schema(description = "How far the reference could be verified") String status,
		@Schema(description = "Whether it is a web article (a secondary source)") boolean secondary,
		@Schema(description = "The publisher, or null") String publisher,
		@Schema(description = "For web articles, whether the publisher sells supplements; otherwise null") Boolean sellsSupplements,
		@Schema(description = "The claims that cite it, each with its role") List<ClaimRoleJson> claims) {

	static CitationJson of(Citation citation, List<ClaimRoleJson> claims) {
		Publication publication = citation.getPublication();
		Identifiers ids = citation.getIdentifiers();
		return new CitationJson(citation.getKey(), citation.getType(), citation.getTitle(),
				citation.getAuthors().stream().map(Author::shortName).toList(), publication.year(),
				publication.container(), ids.doi(), ids.pmid(), ids.pmcid(), ids.url(), citation.getDesign().getSlug(),
				citation.getStatus().getSlug(), citation.isSecondary(), publication.publisher(),
				citation.getSellsSupplements(), claims);
	}

	/** A claim that cites the reference. */
	@Schema(name = "CitingClaim", description = "A claim that cites the reference, and in which role")
	record ClaimRoleJson(@Schema(description = "The claim's id, as in /api/claims/{id}") String id,
			@Schema(description = "What the reference does for the claim") String role) {
	}

}
