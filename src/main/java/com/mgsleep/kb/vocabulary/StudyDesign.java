package com.mgsleep.kb.vocabulary;

import com.mgsleep.kb.vocabulary.SlugEnum;

/**
 * The design of a referenced work, strongest evidence first.
 */
public enum StudyDesign implements SlugEnum {

	META_ANALYSIS("Meta-analysis"), SYSTEMATIC_REVIEW("Systematic review"), RCT("Randomized controlled trial"),
	CROSSOVER_RCT("Randomized crossover trial"), OPEN_LABEL("Open-label trial"), COHORT("Cohort study"),
	CROSS_SECTIONAL("Cross-sectional study"), ANIMAL("Animal study"), MECHANISTIC("Mechanistic study"),
	NARRATIVE_REVIEW("Narrative review"), REFERENCE_REPORT("Reference report"), BOOK_CHAPTER("Book chapter"),
	WEB_ARTICLE("Web article"), UNKNOWN("Unknown design");

	private final String label;

	StudyDesign(String label) {
		this.label = label;
	}

	public String getLabel() {
		return this.label;
	}

	public static StudyDesign fromSlug(String slug) {
		return SlugEnum.fromSlug(StudyDesign.class, slug);
	}

}
