package com.mgsleep.kb.web.citation;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.mgsleep.kb.citation.Citation;
import com.mgsleep.kb.citation.FormattedReference;
import com.mgsleep.kb.citation.Identifiers;
import com.mgsleep.kb.claim.ClaimCitation;
import com.mgsleep.kb.vocabulary.CitationRole;
import com.mgsleep.kb.web.fragment.Link;
import com.mgsleep.kb.web.fragment.StatusView;
import com.mgsleep.kb.web.fragment.VerdictView;

/**
 * What a reference page shows.
 *
 * @param pageTitle the document title
 * @param eyebrow "Reference" or "Secondary source"
 * @param title the work's title
 * @param formatted the reference in Vancouver and APA style, BibTeX and CSL-JSON
 * @param bibtexUrl the BibTeX download
 * @param cslJsonUrl the CSL-JSON download
 * @param status the verification badge
 * @param sellsSupplements whether the publisher sells supplements
 * @param design the design's name
 * @param population who was studied, or {@code null}
 * @param dose the dose studied, or {@code null}
 * @param duration how long, or {@code null}
 * @param combination whether magnesium was given with other actives
 * @param publisher the publisher, or {@code null}
 * @param ids the identifiers and their addresses
 * @param verification how it was checked, or {@code null}
 * @param citedBy the web articles citing it
 * @param roles the claims citing it, by role
 */
record CitationPage(String pageTitle, String eyebrow, String title, FormattedReference formatted, String bibtexUrl,
		String cslJsonUrl, StatusView status, boolean sellsSupplements, String design, String population, String dose,
		String duration, boolean combination, String publisher, Identifiers ids, String verification,
		List<Link> citedBy, List<RoleGroup> roles) {

	static CitationPage of(Citation citation, List<ClaimCitation> citing) {
		Map<CitationRole, List<CitingClaim>> byRole = citing.stream()
			.collect(Collectors.groupingBy(ClaimCitation::getRole, TreeMap::new,
					Collectors.mapping(CitingClaim::of, Collectors.toList())));
		String url = citation.getPageUrl();
		return new CitationPage(citation.getLabel() + ": " + citation.getTitle(),
				citation.isSecondary() ? "Secondary source" : "Reference", citation.getTitle(), citation.getFormatted(),
				url + ".bib", url + ".json", StatusView.of(citation.getStatus()),
				Boolean.TRUE.equals(citation.getSellsSupplements()), citation.getDesign().getLabel(),
				citation.getStudy().population(), citation.getStudy().dose(), citation.getStudy().duration(),
				citation.getStudy().combination(), citation.getPublication().publisher(), citation.getIdentifiers(),
				citation.getVerification(),
				citation.getCitedBy().stream().map((key) -> new Link(Citation.sourceUrlOf(key), key)).toList(),
				byRole.entrySet()
					.stream()
					.map((entry) -> new RoleGroup(entry.getKey().getLabel(), entry.getValue()))
					.toList());
	}

	/**
	 * The claims citing the reference in one role.
	 *
	 * @param label the role
	 * @param claims the claims
	 */
	record RoleGroup(String label, List<CitingClaim> claims) {

	}

	/**
	 * A claim citing the reference.
	 *
	 * @param url the claim page
	 * @param statement the claim
	 * @param verdict its verdict badge
	 * @param note the editors' note, or {@code null}
	 */
	record CitingClaim(String url, String statement, VerdictView verdict, String note) {

		static CitingClaim of(ClaimCitation cited) {
			return new CitingClaim(cited.getClaim().getUrl(), cited.getClaim().getStatement(),
					VerdictView.of(cited.getClaim().getVerdict()), cited.getNote());
		}

	}

}
