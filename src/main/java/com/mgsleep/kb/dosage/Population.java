package com.mgsleep.kb.dosage;

import java.util.Arrays;

/**
 * The groups the reference intake tables distinguish, plus the broader groups sources
 * speak of.
 */
public enum Population {

	ADULTS("adults", "Adults"), OLDER_ADULTS("older-adults", "Older adults"),
	INFANTS_0_6M("infants-0-6m", "Infants 0-6 months"), INFANTS_7_12M("infants-7-12m", "Infants 7-12 months"),
	CHILDREN_1_3("children-1-3", "Children 1-3 years"), CHILDREN_4_8("children-4-8", "Children 4-8 years"),
	CHILDREN_9_13("children-9-13", "Children 9-13 years"), BOYS_14_18("boys-14-18", "Boys 14-18 years"),
	GIRLS_14_18("girls-14-18", "Girls 14-18 years"), MEN_19_30("men-19-30", "Men 19-30 years"),
	MEN_31_50("men-31-50", "Men 31-50 years"), MEN_51_PLUS("men-51-plus", "Men 51 years and older"),
	WOMEN_19_30("women-19-30", "Women 19-30 years"), WOMEN_31_50("women-31-50", "Women 31-50 years"),
	WOMEN_51_PLUS("women-51-plus", "Women 51 years and older"),
	PREGNANCY_14_18("pregnancy-14-18", "Pregnancy, 14-18 years"),
	PREGNANCY_19_30("pregnancy-19-30", "Pregnancy, 19-30 years"),
	PREGNANCY_31_50("pregnancy-31-50", "Pregnancy, 31-50 years"),
	LACTATION_14_18("lactation-14-18", "Breastfeeding, 14-18 years"),
	LACTATION_19_30("lactation-19-30", "Breastfeeding, 19-30 years"),
	LACTATION_31_50("lactation-31-50", "Breastfeeding, 31-50 years"),
	PREGNANT_WOMEN("pregnant-women", "Pregnant women");

	private final String slug;

	private final String label;

	Population(String slug, String label) {
		this.slug = slug;
		this.label = label;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getLabel() {
		return this.label;
	}

	public static Population fromSlug(String slug) {
		return Arrays.stream(values())
			.filter((population) -> population.slug.equals(slug))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown population " + slug));
	}

}
