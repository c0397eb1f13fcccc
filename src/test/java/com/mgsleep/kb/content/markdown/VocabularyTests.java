package com.mgsleep.kb.content.markdown;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import com.mgsleep.kb.citation.StudyDesign;
import com.mgsleep.kb.citation.VerificationStatus;
import com.mgsleep.kb.claim.CitationRole;
import com.mgsleep.kb.claim.Verdict;
import com.mgsleep.kb.dosage.DosagePurpose;
import com.mgsleep.kb.dosage.Population;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parser's closed sets and the web layer's enums describe the same values; these
 * tests keep them from drifting apart (same values, same order).
 */
class VocabularyTests {

	@Test
	void verdictsWhenComparedWithVerdictEnumThenMatchSlugs() {
		assertThat(Vocabulary.VERDICTS).containsExactlyElementsOf(slugs(Verdict.values(), Verdict::getSlug));
	}

	@Test
	void rolesWhenComparedWithCitationRoleEnumThenMatchSlugs() {
		assertThat(Vocabulary.ROLES).containsExactlyElementsOf(slugs(CitationRole.values(), CitationRole::getSlug));
	}

	@Test
	void designsWhenComparedWithStudyDesignEnumThenMatchSlugs() {
		assertThat(Vocabulary.DESIGNS).containsExactlyElementsOf(slugs(StudyDesign.values(), StudyDesign::getSlug));
	}

	@Test
	void statusesWhenComparedWithVerificationStatusEnumThenMatchSlugs() {
		assertThat(Vocabulary.STATUSES)
			.containsExactlyElementsOf(slugs(VerificationStatus.values(), VerificationStatus::getSlug));
	}

	@Test
	void purposesWhenComparedWithDosagePurposeEnumThenMatchSlugs() {
		assertThat(Vocabulary.PURPOSES)
			.containsExactlyElementsOf(slugs(DosagePurpose.values(), DosagePurpose::getSlug));
	}

	@Test
	void populationsWhenComparedWithPopulationEnumThenMatchSlugs() {
		assertThat(Vocabulary.POPULATIONS).containsExactlyElementsOf(slugs(Population.values(), Population::getSlug));
	}

	@Test
	void secondaryDesignWhenComparedWithStudyDesignEnumThenIsWebArticle() {
		assertThat(Vocabulary.SECONDARY_DESIGN).isEqualTo(StudyDesign.WEB_ARTICLE.getSlug());
	}

	@Test
	void slugsWhenInEveryClosedSetThenAreWellFormed() {
		List<List<String>> sets = List.of(Vocabulary.VERDICTS, Vocabulary.ROLES, Vocabulary.DESIGNS,
				Vocabulary.STATUSES, Vocabulary.PURPOSES, Vocabulary.POPULATIONS, Vocabulary.ALERTS);
		assertThat(sets).allSatisfy((set) -> assertThat(set).doesNotHaveDuplicates()
			.allSatisfy((slug) -> assertThat(slug).matches(Vocabulary.SLUG)));
	}

	private static <E> List<String> slugs(E[] values, Function<E, String> slug) {
		return Arrays.stream(values).map(slug).toList();
	}

}
