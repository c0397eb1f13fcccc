package com.mgsleep.kb.citation;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;
import de.undercouch.citeproc.helper.json.StringJsonBuilderFactory;
import de.undercouch.citeproc.output.Bibliography;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXFormatter;
import org.jbibtex.Key;
import org.jbibtex.StringValue;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Formats references with citeproc-java (Vancouver/NLM and APA) and exports them as
 * BibTeX and CSL-JSON, once, when the knowledge base is imported.
 */
public class CitationFormatter {

	static final String VANCOUVER = "nlm-citation-sequence";

	static final String APA = "apa";

	private static final Pattern ITALIC = Pattern.compile("<span style=\"font-style: ?italic;?\">(.*?)</span>");

	private static final Pattern RIGHT_INLINE = Pattern.compile("<div class=\"csl-right-inline\">(.*?)</div>",
			Pattern.DOTALL);

	private static final PolicyFactory REFERENCE_HTML = new HtmlPolicyBuilder().allowElements("i", "b", "sup", "sub")
		.toFactory();

	/**
	 * Formats every citation and stores the results on it.
	 * @param citations all citations of the knowledge base
	 */
	public void formatAll(List<Citation> citations) {
		if (citations.isEmpty()) {
			return;
		}
		List<CSLItemData> items = citations.stream().map(CitationFormatter::item).toList();
		Map<String, String> vancouver = bibliography(VANCOUVER, items);
		Map<String, String> apa = bibliography(APA, items);
		for (int i = 0; i < citations.size(); i++) {
			Citation citation = citations.get(i);
			citation.setFormatted(new FormattedReference(vancouver.get(citation.getKey()), apa.get(citation.getKey()),
					bibtex(citation),
					(String) items.get(i).toJson(new StringJsonBuilderFactory().createJsonBuilder())));
		}
	}

	private static Map<String, String> bibliography(String style, List<CSLItemData> items) {
		try {
			CSL csl = new CSL(new ListItemDataProvider(items), style, "en-US");
			csl.setOutputFormat("html");
			csl.registerCitationItems(items.stream().map(CSLItemData::getId).toList());
			Map<String, String> entries = new HashMap<>();
			for (CSLItemData item : items) {
				Bibliography one = csl.makeBibliography((candidate) -> candidate.getId().equals(item.getId()));
				entries.put(item.getId(), clean(one.getEntries()[0]));
			}
			return entries;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Citation style " + style + " could not be loaded", ex);
		}
	}

	/**
	 * Keeps the entry text without its number and turns inline styles (blocked by our
	 * CSP) into tags.
	 */
	private static String clean(String entry) {
		Matcher right = RIGHT_INLINE.matcher(entry);
		String html = right.find() ? right.group(1) : entry;
		html = ITALIC.matcher(html).replaceAll("<i>$1</i>");
		return REFERENCE_HTML.sanitize(html).strip();
	}

	private static CSLItemData item(Citation citation) {
		Publication publication = citation.getPublication();
		Identifiers ids = citation.getIdentifiers();
		CSLItemDataBuilder builder = new CSLItemDataBuilder().id(citation.getKey())
			.type(type(citation.getType()))
			.title(citation.getTitle())
			.author(citation.getAuthors().stream().map(CitationFormatter::name).toArray(CSLName[]::new))
			.containerTitle(publication.container())
			.volume(publication.volume())
			.issue(publication.issue())
			.page(publication.page())
			.publisher(publication.publisher())
			.publisherPlace(publication.publisherPlace())
			.DOI(ids.doi())
			.PMID(ids.pmid())
			.PMCID(ids.pmcid())
			.URL(ids.url());
		if (publication.year() != null) {
			if (publication.month() == null) {
				builder.issued(publication.year());
			}
			else if (publication.day() == null) {
				builder.issued(publication.year(), publication.month());
			}
			else {
				builder.issued(publication.year(), publication.month(), publication.day());
			}
		}
		return builder.build();
	}

	private static CSLName name(Author author) {
		if (author.literal() != null) {
			return new CSLNameBuilder().literal(author.literal()).build();
		}
		return new CSLNameBuilder().family(author.family()).given(author.given()).build();
	}

	private static CSLType type(String type) {
		try {
			return CSLType.fromString(type);
		}
		catch (IllegalArgumentException ex) {
			return CSLType.ARTICLE;
		}
	}

	private static String bibtex(Citation citation) {
		Publication publication = citation.getPublication();
		Identifiers ids = citation.getIdentifiers();
		BibTeXEntry entry = new BibTeXEntry(bibtexType(citation.getType()), new Key(citation.getKey()));
		field(entry, BibTeXEntry.KEY_TITLE, citation.getTitle());
		field(entry, BibTeXEntry.KEY_AUTHOR,
				String.join(" and ",
						citation.getAuthors()
							.stream()
							.map((author) -> (author.literal() != null) ? "{" + author.literal() + "}"
									: author.family() + ((author.given() != null) ? ", " + author.given() : ""))
							.toList()));
		field(entry, "chapter".equals(citation.getType()) ? BibTeXEntry.KEY_BOOKTITLE : BibTeXEntry.KEY_JOURNAL,
				publication.container());
		field(entry, BibTeXEntry.KEY_YEAR, (publication.year() != null) ? publication.year().toString() : null);
		field(entry, BibTeXEntry.KEY_VOLUME, publication.volume());
		field(entry, BibTeXEntry.KEY_NUMBER, publication.issue());
		field(entry, BibTeXEntry.KEY_PAGES,
				(publication.page() != null) ? publication.page().replace("-", "--") : null);
		field(entry, BibTeXEntry.KEY_PUBLISHER, publication.publisher());
		field(entry, BibTeXEntry.KEY_DOI, ids.doi());
		field(entry, new Key("pmid"), ids.pmid());
		field(entry, new Key("pmcid"), ids.pmcid());
		field(entry, BibTeXEntry.KEY_URL, ids.url());
		BibTeXDatabase database = new BibTeXDatabase();
		database.addObject(entry);
		StringWriter writer = new StringWriter();
		try {
			new BibTeXFormatter().format(database, writer);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return writer.toString().strip() + "\n";
	}

	private static Key bibtexType(String type) {
		return switch (type.toLowerCase(Locale.ROOT)) {
			case "article-journal" -> BibTeXEntry.TYPE_ARTICLE;
			case "book", "report" -> BibTeXEntry.TYPE_BOOK;
			case "chapter" -> BibTeXEntry.TYPE_INCOLLECTION;
			default -> BibTeXEntry.TYPE_MISC;
		};
	}

	private static void field(BibTeXEntry entry, Key key, String value) {
		if (value != null && !value.isBlank()) {
			entry.addField(key, new StringValue(value, StringValue.Style.BRACED));
		}
	}

}
