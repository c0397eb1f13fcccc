package com.mgsleep.kb.web.fragment;

import com.mgsleep.kb.citation.Citation;

/**
 * A reference in a list: its title linking to its page, label, design and status.
 *
 * @param url the reference page
 * @param title the title
 * @param label "Abbasi 2012"
 * @param design the design's name
 * @param status the verification badge
 * @param sellsSupplements whether the publisher sells supplements
 * @param note the editors' note on why it is cited, or {@code null}
 */
public record CitationLine(String url, String title, String label, String design, StatusView status,
		boolean sellsSupplements, String note) {

	public static CitationLine of(Citation citation) {
		return of(citation, null);
	}

	public static CitationLine of(Citation citation, String note) {
		// a web article without authors is labelled by its title: saying it twice says
		// nothing
		String label = citation.getLabel().equals(citation.getTitle()) ? null : citation.getLabel();
		return new CitationLine(citation.getPageUrl(), citation.getTitle(), label, citation.getDesign().getLabel(),
				StatusView.of(citation.getStatus()), Boolean.TRUE.equals(citation.getSellsSupplements()), note);
	}

}
