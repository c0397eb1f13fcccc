package com.mgsleep.kb.vocabulary;

import com.mgsleep.kb.vocabulary.SlugEnum;

/**
 * What an amount of magnesium is stated for.
 */
public enum DosagePurpose implements SlugEnum {

	RDA("Recommended Dietary Allowance", "Total daily intake from food, drinks and supplements."),
	UPPER_LIMIT("Upper limit (supplements)",
			"The most magnesium from supplements and medicines per day; food not counted."),
	SLEEP_SUPPORT("Recommended for sleep", "A dose a source recommends for sleep."),
	STUDY_DOSE("Dose in a study", "The dose given in a trial.");

	private final String label;

	private final String description;

	DosagePurpose(String label, String description) {
		this.label = label;
		this.description = description;
	}

	public String getLabel() {
		return this.label;
	}

	public String getDescription() {
		return this.description;
	}

	public static DosagePurpose fromSlug(String slug) {
		return SlugEnum.fromSlug(DosagePurpose.class, slug);
	}

}
