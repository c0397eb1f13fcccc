package com.mgsleep.kb.search;

import com.mgsleep.kb.vocabulary.SlugEnum;

/**
 * What a search hit is; claims rank above the other types when both match.
 */
public enum ResultType implements SlugEnum {

	CLAIM("Claim", 3.0f), ARTICLE("Article", 1.0f), CITATION("Reference", 1.0f), FORM("Form", 1.0f),
	TOPIC("Topic", 1.0f), DOSE("Dose", 1.0f);

	private final String label;

	private final float boost;

	ResultType(String label, float boost) {
		this.label = label;
		this.boost = boost;
	}

	public String getLabel() {
		return this.label;
	}

	float boost() {
		return this.boost;
	}

	public static ResultType fromSlug(String slug) {
		return SlugEnum.fromSlug(ResultType.class, slug);
	}

}
