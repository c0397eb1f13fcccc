package com.mgsleep.kb.citation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
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
					BibtexEntry.of(citation),
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
		if (!citation.getAuthors().isEmpty()) {
			// an empty list would tell reference managers the work has no authors at all
			builder.author(citation.getAuthors().stream().map(CitationFormatter::name).toArray(CSLName[]::new));
		}
		if (publication.accessed() != null) {
			LocalDate accessed = publication.accessed();
			builder.accessed(accessed.getYear(), accessed.getMonthValue(), accessed.getDayOfMonth());
		}
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

}
