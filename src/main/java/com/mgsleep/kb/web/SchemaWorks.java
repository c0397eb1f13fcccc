package com.mgsleep.kb.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import com.mgsleep.kb.citation.Author;
import com.mgsleep.kb.citation.Citation;
import com.mgsleep.kb.citation.Identifiers;
import com.mgsleep.kb.citation.Publication;

/**
 * A referenced work as schema.org JSON-LD: the type that fits its CSL type, its authors,
 * where it appeared, and its identifiers both as {@code identifier} values (for tools
 * that read DOIs and PubMed ids) and as {@code sameAs} addresses (for those that follow
 * links).
 */
final class SchemaWorks {

	private SchemaWorks() {
	}

	static Map<String, Object> work(Citation citation) {
		Map<String, Object> work = new LinkedHashMap<>();
		work.put("@type", type(citation));
		work.put("name", citation.getTitle());
		if (!citation.getAuthors().isEmpty()) {
			work.put("author", citation.getAuthors().stream().map(SchemaWorks::person).toList());
		}
		Publication publication = citation.getPublication();
		if (publication.year() != null) {
			work.put("datePublished", date(publication));
		}
		if (publication.container() != null) {
			work.put("isPartOf", ordered("@type", containerType(citation.getType()), "name", publication.container()));
		}
		if (publication.volume() != null) {
			work.put("volumeNumber", publication.volume());
		}
		if (publication.issue() != null) {
			work.put("issueNumber", publication.issue());
		}
		if (publication.page() != null) {
			work.put("pagination", publication.page());
		}
		if (publication.publisher() != null) {
			work.put("publisher", ordered("@type", "Organization", "name", publication.publisher()));
		}
		Identifiers ids = citation.getIdentifiers();
		String url = (ids.url() != null) ? ids.url() : ids.doiUrl();
		if (url != null) {
			work.put("url", url);
		}
		List<String> sameAs = Stream.of(ids.doiUrl(), ids.pubmedUrl(), ids.pmcUrl())
			.filter(Objects::nonNull)
			.filter((address) -> !address.equals(url))
			.toList();
		if (!sameAs.isEmpty()) {
			work.put("sameAs", sameAs);
		}
		List<Map<String, Object>> identifiers = new ArrayList<>();
		addIdentifier(identifiers, "DOI", ids.doi());
		addIdentifier(identifiers, "PMID", ids.pmid());
		addIdentifier(identifiers, "PMCID", ids.pmcid());
		if (!identifiers.isEmpty()) {
			work.put("identifier", identifiers);
		}
		return work;
	}

	/** Studies, books and reports as what they are; web articles as posts or pages. */
	private static String type(Citation citation) {
		return switch (String.valueOf(citation.getType())) {
			case "article-journal" -> "ScholarlyArticle";
			case "chapter" -> "Chapter";
			case "book" -> "Book";
			case "report" -> "Report";
			case "post-weblog" -> "BlogPosting";
			case "webpage" -> "WebPage";
			default -> citation.isSecondary() ? "Article" : "CreativeWork";
		};
	}

	private static String containerType(String type) {
		return switch (String.valueOf(type)) {
			case "article-journal" -> "Periodical";
			case "chapter" -> "Book";
			case "post-weblog", "webpage" -> "WebSite";
			default -> "CreativeWork";
		};
	}

	/** "2012", "2012-12" or "2012-12-05": ISO 8601 to the precision known. */
	private static String date(Publication publication) {
		StringBuilder date = new StringBuilder(String.format("%04d", publication.year()));
		if (publication.month() != null) {
			date.append(String.format("-%02d", publication.month()));
			if (publication.day() != null) {
				date.append(String.format("-%02d", publication.day()));
			}
		}
		return date.toString();
	}

	private static void addIdentifier(List<Map<String, Object>> identifiers, String scheme, String value) {
		if (value != null) {
			identifiers.add(ordered("@type", "PropertyValue", "propertyID", scheme, "value", value));
		}
	}

	static Map<String, Object> person(Author author) {
		if (author.literal() != null) {
			return ordered("@type", "Organization", "name", author.literal());
		}
		Map<String, Object> person = new LinkedHashMap<>();
		person.put("@type", "Person");
		person.put("name", (author.given() != null) ? author.given() + " " + author.family() : author.family());
		person.put("familyName", author.family());
		if (author.given() != null) {
			person.put("givenName", author.given());
		}
		return person;
	}

	/**
	 * A JSON object whose keys keep their written order: with {@code Map.of} the order
	 * changes from one JVM to the next, and so would every page's bytes and ETag between
	 * instances.
	 */
	static Map<String, Object> ordered(Object... keysAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

}
