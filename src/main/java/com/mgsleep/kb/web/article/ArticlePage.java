package com.mgsleep.kb.web.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.mgsleep.kb.article.Article;
import com.mgsleep.kb.article.ArticleSection;
import com.mgsleep.kb.article.ArticleSection.Kind;
import com.mgsleep.kb.citation.Citation;
import com.mgsleep.kb.claim.Claim;
import com.mgsleep.kb.disagreement.Disagreement;
import com.mgsleep.kb.dosage.Dosage;
import com.mgsleep.kb.history.HistoryEntry;
import com.mgsleep.kb.web.dosage.DoseRow;
import com.mgsleep.kb.web.fragment.ClaimCard;
import com.mgsleep.kb.web.fragment.DisagreementSummary;
import com.mgsleep.kb.web.fragment.StatusView;

/**
 * What an article page shows: its sections in reading order, each claim, dosage table and
 * disagreement in place, and its numbered references.
 *
 * @param title the title
 * @param summary one or two sentences
 * @param lastReviewed the date of its last review
 * @param sections the sections in reading order
 * @param contents its sections' headings, empty when it is too short to need them
 * @param references the works cited, numbered in order of first citation
 * @param history what changed, newest first
 */
record ArticlePage(String title, String summary, LocalDate lastReviewed, List<Section> sections,
		List<TableOfContents.Entry> contents, List<Reference> references, List<HistoryEntry> history) {

	static ArticlePage of(Article article, Map<String, Claim> claims, Map<Integer, List<Dosage>> tables,
			Map<String, Disagreement> disagreements) {
		List<Section> sections = article.getSections().stream().map((section) -> switch (section.kind()) {
			case CLAIM -> Section.claim(ClaimCard.of(claims.get(section.blockId())));
			case DOSAGES -> Section.dosages(DoseTable.of(section.tableIndex(), tables.get(section.tableIndex())));
			case DISAGREEMENT -> Section.disagreement(DisagreementSummary.of(disagreements.get(section.blockId())));
			default -> Section.text(section);
		}).toList();
		List<String> prose = sections.stream().filter(Section::isProse).map(Section::html).toList();
		return new ArticlePage(article.getTitle(), article.getSummary(), article.getLastReviewed(), sections,
				TableOfContents.of(prose), article.getReferences().stream().map(Reference::of).toList(),
				article.getHistory());
	}

	/**
	 * A piece of the article; which one is filled depends on its kind.
	 *
	 * @param kind what the section is
	 * @param html sanitized HTML of prose and alerts
	 * @param alertClass the class of an alert
	 * @param claim a claim's card
	 * @param table a dosage table
	 * @param disagreement a disagreement
	 */
	record Section(Kind kind, String html, String alertClass, ClaimCard claim, DoseTable table,
			DisagreementSummary disagreement) {

		static Section text(ArticleSection section) {
			return new Section(section.kind(), section.html(),
					(section.alert() != null) ? "alert-" + section.alert().getSlug() : null, null, null, null);
		}

		static Section claim(ClaimCard claim) {
			return new Section(Kind.CLAIM, null, null, claim, null, null);
		}

		static Section dosages(DoseTable table) {
			return new Section(Kind.DOSAGES, null, null, null, table, null);
		}

		static Section disagreement(DisagreementSummary disagreement) {
			return new Section(Kind.DISAGREEMENT, null, null, null, null, disagreement);
		}

		public boolean isProse() {
			return this.kind == Kind.PROSE;
		}

		public boolean isAlert() {
			return this.kind == Kind.ALERT;
		}

	}

	/**
	 * A dosage table of the article.
	 *
	 * @param title its title, or {@code null} when it has none
	 * @param captionId the id of its caption
	 * @param rows its rows
	 */
	record DoseTable(String title, String captionId, List<DoseRow> rows) {

		static DoseTable of(int index, List<Dosage> rows) {
			if (rows == null) {
				return new DoseTable(null, "doses-" + index, List.of());
			}
			String title = rows.get(0).getTableTitle();
			return new DoseTable((title == null || title.isEmpty()) ? null : title, "doses-" + index,
					rows.stream().map(DoseRow::of).toList());
		}

	}

	/**
	 * An entry of the reference list.
	 *
	 * @param id its anchor
	 * @param html the reference in Vancouver style, sanitized HTML
	 * @param url its reference page
	 * @param status its verification badge
	 * @param backlink where it is first cited in the article
	 */
	record Reference(String id, String html, String url, StatusView status, String backlink) {

		static Reference of(Citation citation) {
			return new Reference("ref-" + citation.getKey(), citation.getFormatted().vancouverHtml(),
					citation.getPageUrl(), StatusView.of(citation.getStatus()), "#cite-" + citation.getKey() + "-1");
		}

	}

}
