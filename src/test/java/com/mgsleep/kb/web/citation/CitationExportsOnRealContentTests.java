package com.mgsleep.kb.web.citation;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.mgsleep.kb.SiteClient;
import com.mgsleep.kb.SiteOverRealContent;
import com.mgsleep.kb.content.markdown.ContentParser;
import com.mgsleep.kb.content.markdown.ParsedReference;
import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.Key;
import org.jbibtex.ReferenceValue;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.mgsleep.kb.citation.ExportParsers.bibtexEntry;
import static com.mgsleep.kb.citation.ExportParsers.cslItem;
import static com.mgsleep.kb.citation.ExportParsers.cslJsonArray;
import static com.mgsleep.kb.citation.ExportParsers.plain;
import static com.mgsleep.kb.citation.ExportParsers.raw;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every reference in the real bibliography, downloaded as BibTeX and CSL-JSON and read
 * back with jbibtex and citeproc-java: the entry type that fits the work, the fields its
 * type calls for, the text as written, and identifiers that are well formed.
 */
@SiteOverRealContent
class CitationExportsOnRealContentTests {

	private static final Set<String> WEB = Set.of("webpage", "post-weblog");

	private static final Map<String, Key> TYPES = Map.of("article-journal", BibTeXEntry.TYPE_ARTICLE, "book",
			BibTeXEntry.TYPE_BOOK, "report", BibTeXEntry.TYPE_TECHREPORT, "chapter", BibTeXEntry.TYPE_INCOLLECTION,
			"webpage", BibTeXEntry.TYPE_MISC, "post-weblog", BibTeXEntry.TYPE_MISC);

	private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/[-._;()/:A-Za-z0-9]+");

	/** A word with a capital after the title's first letter, not inside braces. */
	private static final Pattern UNPROTECTED_CAPITAL = Pattern
		.compile("(?<!\\{)(?<=\\s|^|[-(:/])\\p{Lu}[\\p{L}\\p{N}]*(?!\\})");

	@LocalServerPort
	private int port;

	private final List<ParsedReference> references = new ContentParser().parse(Path.of("content"))
		.knowledgeBase()
		.references();

	@Test
	void bibtexOfEveryReferenceThenParsesWithTheRightTypeAndFields() {
		SiteClient site = new SiteClient(this.port);
		assertThat(this.references).hasSizeGreaterThan(30);
		for (ParsedReference reference : this.references) {
			HttpResponse<String> response = site.get("/citations/" + reference.key() + ".bib", "*/*");
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type")).hasValue("application/x-bibtex;charset=UTF-8");
			BibTeXEntry entry = bibtexEntry(response.body());
			String key = reference.key();
			assertThat(entry.getKey().getValue()).isEqualTo(key);
			assertThat(entry.getType()).as(key).isEqualTo(TYPES.get(reference.type()));
			assertThat(plain(entry, BibTeXEntry.KEY_TITLE)).as(key).isEqualTo(reference.title());
			assertCapitalsProtected(key, raw(entry, BibTeXEntry.KEY_TITLE));
			if (WEB.contains(reference.type())) {
				assertThat(entry.getField(BibTeXEntry.KEY_JOURNAL)).as("%s: a web page has no journal", key).isNull();
				assertThat(plain(entry, BibTeXEntry.KEY_HOWPUBLISHED)).as(key).isEqualTo(reference.container());
				assertThat(raw(entry, BibTeXEntry.KEY_URL)).as(key).isEqualTo(reference.url());
				assertThat(raw(entry, new Key("urldate"))).as(key)
					.isEqualTo((reference.accessed() != null) ? reference.accessed().toString() : null);
			}
			if ("article-journal".equals(reference.type())) {
				assertThat(plain(entry, BibTeXEntry.KEY_JOURNAL)).as(key).isEqualTo(reference.container());
			}
			if ("chapter".equals(reference.type())) {
				assertThat(plain(entry, BibTeXEntry.KEY_BOOKTITLE)).as(key).isEqualTo(reference.container());
			}
			if ("report".equals(reference.type())) {
				assertThat(plain(entry, BibTeXEntry.KEY_INSTITUTION)).as(key).isEqualTo(reference.publisher());
			}
			assertThat(plain(entry, BibTeXEntry.KEY_ADDRESS)).as(key).isEqualTo(reference.publisherPlace());
			assertDate(entry, reference);
			assertAuthors(entry, reference);
			assertIdentifiers(entry, reference);
		}
	}

	@Test
	void cslJsonOfEveryReferenceThenReadsBackAndFormatsWithoutEmptyAuthorLists() throws Exception {
		SiteClient site = new SiteClient(this.port);
		CSLItemData[] items = new CSLItemData[this.references.size()];
		for (int i = 0; i < this.references.size(); i++) {
			ParsedReference reference = this.references.get(i);
			HttpResponse<String> response = site.get("/citations/" + reference.key() + ".json", "*/*");
			assertThat(response.headers().firstValue("Content-Type"))
				.hasValue("application/vnd.citationstyles.csl+json;charset=UTF-8");
			List<Map<String, Object>> json = cslJsonArray(response.body());
			assertThat(json).hasSize(1);
			Map<String, Object> object = json.get(0);
			String key = reference.key();
			if (reference.authors().isEmpty()) {
				assertThat(object).as("%s: no author list rather than an empty one", key).doesNotContainKey("author");
			}
			else {
				assertThat((List<?>) object.get("author")).as(key).hasSameSizeAs(reference.authors());
			}
			CSLItemData item = cslItem(object);
			assertThat(item.getId()).isEqualTo(key);
			assertThat(item.getType().toString()).as(key).isEqualTo(reference.type());
			assertThat(item.getTitle()).as(key).isEqualTo(reference.title());
			assertThat(item.getDOI()).as(key).isEqualTo(reference.doi());
			assertThat(item.getPMID()).as(key).isEqualTo(reference.pmid());
			assertThat(item.getURL()).as(key).isEqualTo(reference.url());
			assertThat(item.getPublisherPlace()).as(key).isEqualTo(reference.publisherPlace());
			if (reference.accessed() != null) {
				assertThat(item.getAccessed().getDateParts()[0]).as(key)
					.containsExactly(reference.accessed().getYear(), reference.accessed().getMonthValue(),
							reference.accessed().getDayOfMonth());
			}
			else {
				assertThat(item.getAccessed()).as(key).isNull();
			}
			if (reference.month() != null) {
				assertThat(item.getIssued().getDateParts()[0][1]).as(key).isEqualTo(reference.month());
			}
			items[i] = item;
		}
		CSL csl = new CSL(new ListItemDataProvider(items), "apa");
		csl.registerCitationItems(Arrays.stream(items).map(CSLItemData::getId).toArray(String[]::new));
		assertThat(csl.makeBibliography().getEntries()).as("the items a reference manager would import, formatted")
			.hasSize(items.length);
	}

	private static void assertCapitalsProtected(String key, String title) {
		String afterFirstWord = title.replaceFirst("^\\S+", "");
		assertThat(UNPROTECTED_CAPITAL.matcher(afterFirstWord).results().map((match) -> match.group()).toList())
			.as("%s: capitalised words a style could lower-case in %s", key, title)
			.isEmpty();
	}

	private static void assertDate(BibTeXEntry entry, ParsedReference reference) {
		String key = reference.key();
		assertThat(raw(entry, BibTeXEntry.KEY_YEAR)).as(key)
			.isEqualTo((reference.year() != null) ? reference.year().toString() : null);
		if (reference.month() != null) {
			assertThat(entry.getField(BibTeXEntry.KEY_MONTH)).as("%s: the month as a macro", key)
				.isInstanceOf(ReferenceValue.class);
			assertThat(raw(entry, BibTeXEntry.KEY_MONTH)).as(key)
				.isEqualTo(java.time.Month.of(reference.month())
					.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH));
		}
		else {
			assertThat(entry.getField(BibTeXEntry.KEY_MONTH)).as(key).isNull();
		}
	}

	private static void assertAuthors(BibTeXEntry entry, ParsedReference reference) {
		String authors = raw(entry, BibTeXEntry.KEY_AUTHOR);
		if (reference.authors().isEmpty()) {
			assertThat(authors).as(reference.key()).isNull();
			return;
		}
		// " and " inside braces belongs to one organisation's name
		String[] names = authors.replaceAll("\\{[^}]*\\}", "{}").split(" and ");
		assertThat(names).as("%s: %s", reference.key(), authors).hasSameSizeAs(reference.authors());
	}

	private static void assertIdentifiers(BibTeXEntry entry, ParsedReference reference) {
		String key = reference.key();
		String doi = raw(entry, BibTeXEntry.KEY_DOI);
		assertThat(doi).as(key).isEqualTo(reference.doi());
		if (doi != null) {
			assertThat(doi).as(key).matches(DOI);
		}
		String pmid = raw(entry, new Key("pmid"));
		assertThat(pmid).as(key).isEqualTo(reference.pmid());
		if (pmid != null) {
			assertThat(pmid).as(key).matches("\\d{1,9}");
		}
		String pmcid = raw(entry, new Key("pmcid"));
		if (pmcid != null) {
			assertThat(pmcid).as(key).matches("PMC\\d+");
		}
		String url = raw(entry, BibTeXEntry.KEY_URL);
		assertThat(url).as(key).isEqualTo(reference.url());
		if (url != null) {
			URI uri = URI.create(url);
			assertThat(uri.getScheme()).as(key).isIn("http", "https");
			assertThat(uri.getHost()).as(key).isNotBlank();
		}
	}

}
