package com.mgsleep.kb.dosage;

import java.util.Locale;

/**
 * What an amount of magnesium is stated for.
 */
public enum DosagePurpose {

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

	public String getSlug() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static DosagePurpose fromSlug(String slug) {
		return valueOf(slug.toUpperCase(Locale.ROOT).replace('-', '_'));
	}

}
