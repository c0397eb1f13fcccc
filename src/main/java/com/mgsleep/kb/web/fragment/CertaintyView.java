package com.mgsleep.kb.web.fragment;

import java.util.Arrays;
import java.util.List;

import com.mgsleep.kb.vocabulary.Certainty;

/**
 * How a claim's certainty reads on every page and in the API: badges, filter and facet
 * labels, counts and slugs all come from here.
 *
 * @param slug the level's slug ({@code high} to {@code none}), as in URLs, JSON and CSS
 * classes
 * @param label the level in a word or two ("Very low")
 * @param description what the level means
 */
public record CertaintyView(String slug, String label, String description) {

	public static CertaintyView of(Certainty certainty) {
		return new CertaintyView(certainty.getSlug(), certainty.getLabel(), certainty.getDescription());
	}

	/** The level written as {@code slug}, as a facet value carries it. */
	public static CertaintyView ofSlug(String slug) {
		return of(Certainty.fromSlug(slug));
	}

	/** Every level, surest first, as filter choices. */
	public static List<Option> options() {
		return Arrays.stream(Certainty.values())
			.map(CertaintyView::of)
			.map((certainty) -> new Option(certainty.slug, certainty.label))
			.toList();
	}

	/** "Certainty: Low": the badge text. */
	public String getBadge() {
		return "Certainty: " + this.label;
	}

	public String getCssClass() {
		return "certainty-" + this.slug;
	}

	/** The claim list filtered on this level. */
	public String getClaimsUrl() {
		return "/claims?certainty=" + this.slug;
	}

}
