package com.mgsleep.kb.search;

import com.mgsleep.kb.vocabulary.Certainty;
import com.mgsleep.kb.vocabulary.SlugEnum;
import com.mgsleep.kb.vocabulary.Verdict;

/**
 * A dimension results can be filtered and counted by; its slug is the URL parameter.
 */
public enum Facet implements SlugEnum {

	TYPE("Result type"), TOPIC("Topic"), FORM("Form"), VERDICT("Verdict"), CERTAINTY("Certainty"),
	SOURCE("Asserted by");

	private final String label;

	Facet(String label) {
		this.label = label;
	}

	public String getLabel() {
		return this.label;
	}

}
