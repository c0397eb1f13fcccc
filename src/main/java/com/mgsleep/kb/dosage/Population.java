package com.mgsleep.kb.dosage;

import java.util.Arrays;

/**
 * The groups the reference intake tables distinguish, plus the broader groups sources
 * speak of.
 */
public enum Population {

	ADULTS("adults", "Adults", "Adults", Column.ALL),
	OLDER_ADULTS("older-adults", "Older adults", "Older adults", Column.ALL),
	INFANTS_0_6M("infants-0-6m", "Infants 0-6 months", "0-6 months", Column.ALL),
	INFANTS_7_12M("infants-7-12m", "Infants 7-12 months", "7-12 months", Column.ALL),
	CHILDREN_1_3("children-1-3", "Children 1-3 years", "1-3 years", Column.ALL),
	CHILDREN_4_8("children-4-8", "Children 4-8 years", "4-8 years", Column.ALL),
	CHILDREN_9_13("children-9-13", "Children 9-13 years", "9-13 years", Column.ALL),
	BOYS_14_18("boys-14-18", "Boys 14-18 years", "14-18 years", Column.MALE),
	GIRLS_14_18("girls-14-18", "Girls 14-18 years", "14-18 years", Column.FEMALE),
	MEN_19_30("men-19-30", "Men 19-30 years", "19-30 years", Column.MALE),
	MEN_31_50("men-31-50", "Men 31-50 years", "31-50 years", Column.MALE),
	MEN_51_PLUS("men-51-plus", "Men 51 years and older", "51+ years", Column.MALE),
	WOMEN_19_30("women-19-30", "Women 19-30 years", "19-30 years", Column.FEMALE),
	WOMEN_31_50("women-31-50", "Women 31-50 years", "31-50 years", Column.FEMALE),
	WOMEN_51_PLUS("women-51-plus", "Women 51 years and older", "51+ years", Column.FEMALE),
	PREGNANCY_14_18("pregnancy-14-18", "Pregnancy, 14-18 years", "14-18 years", Column.PREGNANCY),
	PREGNANCY_19_30("pregnancy-19-30", "Pregnancy, 19-30 years", "19-30 years", Column.PREGNANCY),
	PREGNANCY_31_50("pregnancy-31-50", "Pregnancy, 31-50 years", "31-50 years", Column.PREGNANCY),
	LACTATION_14_18("lactation-14-18", "Breastfeeding, 14-18 years", "14-18 years", Column.LACTATION),
	LACTATION_19_30("lactation-19-30", "Breastfeeding, 19-30 years", "19-30 years", Column.LACTATION),
	LACTATION_31_50("lactation-31-50", "Breastfeeding, 31-50 years", "31-50 years", Column.LACTATION),
	PREGNANT_WOMEN("pregnant-women", "Pregnant women", "Pregnancy", Column.PREGNANCY);

	private final String slug;

	private final String label;

	private final String ageBand;

	private final Column column;

	Population(String slug, String label, String ageBand, Column column) {
		this.slug = slug;
		this.label = label;
		this.ageBand = ageBand;
		this.column = column;
	}

	/** The age band, the row of an intake table ("19-30 years"). */
	public String getAgeBand() {
		return this.ageBand;
	}

	/** The column of an intake table. */
	public Column getColumn() {
		return this.column;
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

	/**
	 * The columns of the reference intake tables.
	 */
	public enum Column {

		ALL, MALE, FEMALE, PREGNANCY, LACTATION

	}

}
