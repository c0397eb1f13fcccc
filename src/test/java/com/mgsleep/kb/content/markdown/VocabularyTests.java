package com.mgsleep.kb.content.markdown;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The values editors write are the enums' slugs; renaming a constant would break every
 * content file that uses it, so the slugs the content format documents are pinned here.
 */
class VocabularyTests {

	@Test
	void verdictsWhenReadFromEnumThenAreTheDocumentedSlugs() {
		assertThat(Vocabulary.VERDICTS).containsExactly("supported", "limited", "mixed", "unsupported", "contradicted",
				"general-advice");
		assertThat(Vocabulary.CLAIM_KINDS).containsExactly("effect", "reference-value", "physiology");
		assertThat(Vocabulary.REVIEW_BASES).containsExactly("randomized-trials", "observational-studies");
		assertThat(Vocabulary.OUTCOME_MEASURES).containsExactly("polysomnography", "questionnaire", "consumer-tracker");
	}

	@Test
	void rolesWhenReadFromEnumThenAreTheDocumentedSlugs() {
		assertThat(Vocabulary.ROLES).containsExactly("supports", "contradicts", "asserted-by", "mis-cited-by");
	}

	@Test
	void statusesAndPurposesWhenReadFromEnumsThenAreTheDocumentedSlugs() {
		assertThat(Vocabulary.STATUSES).containsExactly("verified", "likely", "unverified", "mis-cited");
		assertThat(Vocabulary.PURPOSES).containsExactly("rda", "upper-limit", "sleep-support", "study-dose");
	}

	@Test
	void designsAndPopulationsWhenReadFromEnumsThenHoldTheSlugsContentUses() {
		assertThat(Vocabulary.DESIGNS).contains("meta-analysis", "rct", "crossover-rct", "web-article", "unknown");
		assertThat(Vocabulary.POPULATIONS).contains("adults", "older-adults", "infants-0-6m", "men-51-plus",
				"lactation-31-50", "pregnant-women");
		assertThat(Vocabulary.SECONDARY_DESIGN).isEqualTo("web-article");
	}

	@Test
	void slugsWhenInEveryClosedSetThenAreWellFormed() {
		List<List<String>> sets = List.of(Vocabulary.VERDICTS, Vocabulary.ROLES, Vocabulary.DESIGNS,
				Vocabulary.STATUSES, Vocabulary.PURPOSES, Vocabulary.POPULATIONS, Vocabulary.ALERTS);
		assertThat(sets).allSatisfy((set) -> assertThat(set).doesNotHaveDuplicates()
			.allSatisfy((slug) -> assertThat(slug).matches(Vocabulary.SLUG)));
	}

}
