package com.mgsleep.kb.web.outcome;

import java.util.Arrays;
import java.util.List;

import com.mgsleep.kb.vocabulary.SlugEnum;
import com.mgsleep.kb.web.fragment.Option;

/**
 * How a reader may order an evidence table, with {@code ?sort=}: trials first by default.
 */
enum TableSort implements SlugEnum {

	DESIGN("Design, trials first"), PARTICIPANTS("Most participants"), YEAR("Newest"),
	DIRECTION("Direction of the result");

	private final String label;

	TableSort(String label) {
		this.label = label;
	}

	/** The sort written as {@code slug}; the default for anything else. */
	static TableSort of(String slug) {
		return Arrays.stream(values()).filter((sort) -> sort.getSlug().equals(slug)).findFirst().orElse(DESIGN);
	}

	static List<Option> options() {
		return Arrays.stream(values()).map((sort) -> new Option(sort.getSlug(), sort.label)).toList();
	}

}
