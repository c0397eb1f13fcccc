package com.mgsleep.kb.citation;

import java.util.List;

/**
 * The short names of a work: its label for inline mentions and its author line for lists.
 */
public final class CitationNames {

	private CitationNames() {
	}

	/**
	 * "Abbasi B, Kimiagar M, Sadeghniiat K, et al.": more than six authors cut to three.
	 */
	static String authorLine(List<Author> authors) {
		List<String> names = authors.stream().map(Author::shortName).toList();
		if (names.size() > 6) {
			return String.join(", ", names.subList(0, 3)) + ", et al.";
		}
		return String.join(", ", names);
	}

	static String label(List<Author> authors, Publication publication, String title) {
		return labelOf(authors.stream()
			.map((author) -> (author.family() != null) ? author.family() : author.literal())
			.toList(), publication.publisher(), title, publication.year());
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

}
