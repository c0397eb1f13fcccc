package com.mgsleep.kb.citation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.mgsleep.kb.SampleKnowledgeBase;
import de.undercouch.citeproc.csl.CSLItemData;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.Key;
import org.junit.jupiter.api.Test;

import static com.mgsleep.kb.citation.ExportParsers.bibtexEntry;
import static com.mgsleep.kb.citation.ExportParsers.cslItem;
import static com.mgsleep.kb.citation.ExportParsers.cslJsonArray;
import static com.mgsleep.kb.citation.ExportParsers.plain;
import static com.mgsleep.kb.citation.ExportParsers.raw;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * References formatted by citeproc-java and exported for reference managers.
 */
class CitationFormatterTests {

	private final SampleKnowledgeBase kb = new SampleKnowledgeBase();

	@Test
	void formatAllThenVancouverApaBibtexAndCslJson() {
		new CitationFormatter().formatAll(List.of(this.kb.trial, this.kb.blog));
		Citation trial = this.kb.trial;
		assertThat(trial.getFormatted().vancouverHtml()).isEqualTo(
				"Abbasi B, Kimiagar M. The effect of magnesium on insomnia. J Res Med Sci. 2012 Dec;17(12):1161–9.");
		assertThat(trial.getFormatted().apaHtml())
			.isEqualTo("Abbasi, B., &amp; Kimiagar, M. (2012). The effect of magnesium on"
					+ " insomnia. <i>J Res Med Sci</i>, <i>17</i>(12), 1161–1169.");
		assertThat(trial.getFormatted().bibtex()).startsWith("@article{abbasi-2012,")
			.contains("author = {Abbasi, Behnood and Kimiagar, Masud}")
			.contains("pages = {1161--1169}")
			.contains("pmid = {23853635}");
		assertThat(trial.getFormatted().cslJson()).contains("\"id\":\"abbasi-2012\"")
			.contains("\"PMCID\":\"PMC3703169\"")
			.contains("\"issued\":{\"date-parts\":[[2012,12]]}");
		assertThat(this.kb.blog.getFormatted().vancouverHtml()).contains("Magnesium &lt;b&gt;for&lt;/b&gt; sleep")
			.doesNotContain("<b>");
	}

	@Test
	void formatAllWhenWebPageThenMiscWithHowpublishedUrlAndUrldateRatherThanJournal() {
		Citation page = new Citation("ods-fact-sheet", "webpage", "Magnesium: Fact Sheet for Health Professionals",
				List.of(new Author(null, null, "Office of Dietary Supplements, National Institutes of Health")));
		page.setPublication(new Publication(null, null, null, "ods.od.nih.gov", null, null, null, null, null,
				LocalDate.of(2026, 1, 5)));
		page.setIdentifiers(
				new Identifiers(null, null, null, "https://ods.od.nih.gov/factsheets/Magnesium-HealthProfessional/"));
		new CitationFormatter().formatAll(List.of(page));
		BibTeXEntry entry = bibtexEntry(page.getFormatted().bibtex());
		assertThat(entry.getType()).isEqualTo(BibTeXEntry.TYPE_MISC);
		assertThat(entry.getField(BibTeXEntry.KEY_JOURNAL)).isNull();
		assertThat(plain(entry, BibTeXEntry.KEY_HOWPUBLISHED)).isEqualTo("ods.od.nih.gov");
		assertThat(raw(entry, BibTeXEntry.KEY_URL))
			.isEqualTo("https://ods.od.nih.gov/factsheets/Magnesium-HealthProfessional/");
		assertThat(raw(entry, new Key("urldate"))).isEqualTo("2026-01-05");
		assertThat(raw(entry, BibTeXEntry.KEY_AUTHOR)).as("an organisation is one name, not split at its comma")
			.isEqualTo("{Office of Dietary Supplements, National Institutes of Health}");
		CSLItemData item = cslItem(cslJsonArray("[" + page.getFormatted().cslJson() + "]").get(0));
		assertThat(item.getAccessed().getDateParts()).isEqualTo(new int[][] { { 2026, 1, 5 } });
		assertThat(item.getURL()).isEqualTo("https://ods.od.nih.gov/factsheets/Magnesium-HealthProfessional/");
	}

	@Test
	void formatAllWhenNoAuthorsThenCslJsonLeavesAuthorOutAndBibtexHasNoUrldateWithoutAccess() {
		new CitationFormatter().formatAll(List.of(this.kb.blog));
		Map<String, Object> json = cslJsonArray("[" + this.kb.blog.getFormatted().cslJson() + "]").get(0);
		assertThat(json).doesNotContainKey("author").doesNotContainKey("accessed");
		BibTeXEntry entry = bibtexEntry(this.kb.blog.getFormatted().bibtex());
		assertThat(entry.getFields()).doesNotContainKeys(BibTeXEntry.KEY_AUTHOR, new Key("urldate"));
	}

	@Test
	void formatAllWhenReportThenTechreportWithInstitutionPlaceMonthAndDay() {
		Citation report = new Citation("vkm-2016", "report", "Risk assessment of magnesium in food supplements",
				List.of(new Author("Frøyland", "Livar", null)));
		report.setPublication(new Publication(2016, 4, 15, null, null, null, null,
				"Norwegian Scientific Committee for Food Safety (VKM)", "Oslo", null));
		new CitationFormatter().formatAll(List.of(report));
		String bibtex = report.getFormatted().bibtex();
		BibTeXEntry entry = bibtexEntry(bibtex);
		assertThat(entry.getType()).isEqualTo(BibTeXEntry.TYPE_TECHREPORT);
		assertThat(plain(entry, BibTeXEntry.KEY_INSTITUTION))
			.isEqualTo("Norwegian Scientific Committee for Food Safety (VKM)");
		assertThat(plain(entry, BibTeXEntry.KEY_ADDRESS)).isEqualTo("Oslo");
		assertThat(plain(entry, BibTeXEntry.KEY_AUTHOR)).isEqualTo("Frøyland, Livar");
		assertThat(bibtex).as("the month as the standard macro, which styles print in their language")
			.contains("month = apr,");
		assertThat(raw(entry, BibTeXEntry.KEY_MONTH)).isEqualTo("April");
		assertThat(raw(entry, new Key("date"))).isEqualTo("2016-04-15");
	}

	@Test
	void formatAllWhenBookAndChapterThenBookAndIncollectionWithTheirContainer() {
		Citation book = new Citation("iom-1997", "book", "Dietary Reference Intakes", List.of());
		book.setPublication(new Publication(1997, null, null, null, null, null, null, "National Academies Press",
				"Washington, DC", null));
		Citation chapter = new Citation("nielsen-2014", "chapter", "Ultratrace minerals",
				List.of(new Author("Nielsen", "F. H.", null)));
		chapter.setPublication(new Publication(2014, null, null, "Modern Nutrition in Health and Disease", null, null,
				"283-303", "Lippincott Williams & Wilkins", null, null));
		new CitationFormatter().formatAll(List.of(book, chapter));
		BibTeXEntry bookEntry = bibtexEntry(book.getFormatted().bibtex());
		assertThat(bookEntry.getType()).isEqualTo(BibTeXEntry.TYPE_BOOK);
		assertThat(plain(bookEntry, BibTeXEntry.KEY_ADDRESS)).isEqualTo("Washington, DC");
		BibTeXEntry chapterEntry = bibtexEntry(chapter.getFormatted().bibtex());
		assertThat(chapterEntry.getType()).isEqualTo(BibTeXEntry.TYPE_INCOLLECTION);
		assertThat(plain(chapterEntry, BibTeXEntry.KEY_BOOKTITLE)).isEqualTo("Modern Nutrition in Health and Disease");
		assertThat(chapterEntry.getField(BibTeXEntry.KEY_JOURNAL)).isNull();
		assertThat(raw(chapterEntry, BibTeXEntry.KEY_PUBLISHER)).isEqualTo("Lippincott Williams \\& Wilkins");
		assertThat(raw(chapterEntry, BibTeXEntry.KEY_PAGES)).isEqualTo("283--303");
	}

	@Test
	void formatAllWhenTitleHasLatexSpecialsThenEscapedAndCapitalsThatMatterBraced() {
		String title = "GABA & magnesium in Magnesium Research: 50% of #1 trials_x cost $5 {sic} ~ ^ \\ L-threonate";
		Citation odd = new Citation("odd-2020", "article-journal", title, List.of(new Author("O'Brien", "A.", null)));
		new CitationFormatter().formatAll(List.of(odd));
		BibTeXEntry entry = bibtexEntry(odd.getFormatted().bibtex());
		assertThat(plain(entry, BibTeXEntry.KEY_TITLE)).as("read back as written").isEqualTo(title);
		assertThat(raw(entry, BibTeXEntry.KEY_TITLE))
			.startsWith("{GABA} \\& magnesium in {Magnesium} {Research}: 50\\%")
			.contains("{L}-threonate")
			.doesNotContain("{magnesium}");
	}

}
