package com.mgsleep.kb.web.fragment;

import java.util.Arrays;
import java.util.List;

import com.mgsleep.kb.vocabulary.Verdict;

/**
 * A verdict badge.
 *
 * @param slug the verdict's slug, as in URLs and CSS classes
 * @param label the badge text
 * @param description what the verdict means, for the tooltip
 */
public record VerdictView(String slug, String label, String description) {

	public static VerdictView of(Verdict verdict) {
		return new VerdictView(verdict.getSlug(), verdict.getLabel(), verdict.getDescription());
	}

	/** Every verdict, best supported first, as filter choices. */
	public static List<Option> options() {
		return Arrays.stream(Verdict.values())
			.map((verdict) -> new Option(verdict.getSlug(), verdict.getLabel()))
			.toList();
	}

	public String getCssClass() {
		return "verdict-" + this.slug;
	}

}
