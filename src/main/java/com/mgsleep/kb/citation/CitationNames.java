package com.mgsleep.kb.citation;

import java.util.List;

/**
 * The short names of a work: its label for inline mentions and its author line for lists.
 */
final class CitationNames {

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

	/**
	 * "Abbasi 2012", "Abbasi & Kimiagar 2012", "Abbasi et al. 2012" or "Publisher 2025".
	 */
	static String label(List<Author> authors, Publication publication, String title) {
		String who = authors.isEmpty() ? ((publication.publisher() != null) ? publication.publisher() : title)
				: name(authors.get(0));
		String etAl = (authors.size() > 2) ? " et al." : ((authors.size() == 2) ? " & " + name(authors.get(1)) : "");
		return who + etAl + ((publication.year() != null) ? " " + publication.year() : "");
	}

	private static String name(Author author) {
		return (author.family() != null) ? author.family() : author.literal();
	}

}
