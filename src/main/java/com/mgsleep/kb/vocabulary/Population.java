package com.mgsleep.kb.vocabulary;

/**
 * The groups the reference intake tables distinguish, plus the broader groups sources
 * speak of.
 */
public enum Population implements SlugEnum {

	ADULTS("Adults", "Adults", Column.ALL, true), OLDER_ADULTS("Older adults", "Older adults", Column.ALL, true),
	INFANTS_0_6M("Infants 0-6 months", "0-6 months", Column.ALL, false),
	INFANTS_7_12M("Infants 7-12 months", "7-12 months", Column.ALL, false),
	CHILDREN_1_3("Children 1-3 years", "1-3 years", Column.ALL, false),
	CHILDREN_4_8("Children 4-8 years", "4-8 years", Column.ALL, false),
	CHILDREN_9_13("Children 9-13 years", "9-13 years", Column.ALL, false),
	BOYS_14_18("Boys 14-18 years", "14-18 years", Column.MALE, false),
	GIRLS_14_18("Girls 14-18 years", "14-18 years", Column.FEMALE, false),
	MEN_19_30("Men 19-30 years", "19-30 years", Column.MALE, true),
	MEN_31_50("Men 31-50 years", "31-50 years", Column.MALE, true),
	MEN_51_PLUS("Men 51 years and older", "51+ years", Column.MALE, true),
	WOMEN_19_30("Women 19-30 years", "19-30 years", Column.FEMALE, true),
	WOMEN_31_50("Women 31-50 years", "31-50 years", Column.FEMALE, true),
	WOMEN_51_PLUS("Women 51 years and older", "51+ years", Column.FEMALE, true),
	PREGNANCY_14_18("Pregnancy, 14-18 years", "14-18 years", Column.PREGNANCY, false),
	PREGNANCY_19_30("Pregnancy, 19-30 years", "19-30 years", Column.PREGNANCY, true),
	PREGNANCY_31_50("Pregnancy, 31-50 years", "31-50 years", Column.PREGNANCY, true),
	LACTATION_14_18("Breastfeeding, 14-18 years", "14-18 years", Column.LACTATION, false),
	LACTATION_19_30("Breastfeeding, 19-30 years", "19-30 years", Column.LACTATION, true),
	LACTATION_31_50("Breastfeeding, 31-50 years", "31-50 years", Column.LACTATION, true),
	PREGNANT_WOMEN("Pregnant women", "Pregnancy", Column.PREGNANCY, true);

	private final String label;

	private final String ageBand;

	private final Column column;

	private final boolean adult;

	Population(String label, String ageBand, Column column, boolean adult) {
		this.label = label;
		this.ageBand = ageBand;
		this.column = column;
		this.adult = adult;
	}

	/** The age band, the row of an intake table ("19-30 years"). */
	public String getAgeBand() {
		return this.ageBand;
	}

	/** The column of an intake table. */
	public Column getColumn() {
		return this.column;
	}

	public String getLabel() {
		return this.label;
	}

	/**
	 * Whether the group is of adults, whose upper limit is the adult one when the group
	 * has none of its own.
	 */
	public boolean isAdult() {
		return this.adult;
	}

	/** An adult group of one sex, a column of the adult rows of the intake table. */
	public boolean isAdultBySex() {
		return this.adult && (this.column == Column.MALE || this.column == Column.FEMALE);
	}

	public static Population fromSlug(String slug) {
		return SlugEnum.fromSlug(Population.class, slug);
	}

	/**
	 * The columns of the reference intake tables.
	 */
	public enum Column {

		ALL, MALE, FEMALE, PREGNANCY, LACTATION

	}

}
