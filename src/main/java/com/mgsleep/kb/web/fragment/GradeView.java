package com.mgsleep.kb.web.fragment;

import java.util.Arrays;
import java.util.List;

import com.mgsleep.kb.evidence.EvidenceGrade;

/**
 * How a claim's evidence grade reads on every page and in the API: badges, filter and
 * facet labels, counts and slugs all come from here.
 *
 * @param slug the grade's slug ({@code a} to {@code e}), as in URLs, JSON and CSS classes
 * @param letter the grade's letter
 * @param label what the grade means in a word ("Moderate")
 * @param description which studies give it
 */
public record GradeView(String slug, String letter, String label, String description) {

	public static GradeView of(EvidenceGrade grade) {
		return new GradeView(grade.getSlug(), grade.name(), grade.getLabel(), grade.getDescription());
	}

	/** The grade written as {@code slug}, as a facet value carries it. */
	public static GradeView ofSlug(String slug) {
		return of(EvidenceGrade.valueOf(slug.toUpperCase(java.util.Locale.ROOT)));
	}

	/** Every grade, strongest first, as filter choices. */
	public static List<Option> options() {
		return Arrays.stream(EvidenceGrade.values())
			.map(GradeView::of)
			.map((grade) -> new Option(grade.slug, grade.getOption()))
			.toList();
	}

	/** "Evidence B · Moderate": the badge text. */
	public String getBadge() {
		return "Evidence " + this.letter + " · " + this.label;
	}

	/** "B · Moderate": a filter choice or facet value. */
	public String getOption() {
		return this.letter + " · " + this.label;
	}

	/** "Evidence grade B": the short form beside a position. */
	public String getShortBadge() {
		return "Evidence grade " + this.letter;
	}

	public String getCssClass() {
		return "grade-" + this.slug;
	}

	/** The claim list filtered on this grade. */
	public String getClaimsUrl() {
		return "/claims?grade=" + this.slug;
	}

}
