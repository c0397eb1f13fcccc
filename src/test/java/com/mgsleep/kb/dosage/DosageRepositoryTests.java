package com.mgsleep.kb.dosage;

import java.util.EnumSet;

import com.mgsleep.kb.FixtureContent;
import com.mgsleep.kb.vocabulary.DosagePurpose;
import com.mgsleep.kb.vocabulary.Population;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The custom queries of {@link DosageRepository} on the real schema.
 */
@FixtureContent
class DosageRepositoryTests {

	@Autowired
	private DosageRepository dosages;

	@Autowired
	private EntityManager entityManager;

	@Test
	void findAllInReadingOrderAndByArticleThenRowsWithSourcesAndWarnings() {
		assertThat(this.dosages.findAllInReadingOrder()).extracting(Dosage::getPopulation)
			.containsExactly(Population.ADULTS, Population.OLDER_ADULTS);
		assertThat(this.dosages.findByArticle("falling-asleep")).hasSize(2)
			.allSatisfy((dosage) -> FixtureContent.Fetched.assertLoaded(this.entityManager, dosage, "citations",
					"warnings"));
		assertThat(this.dosages.findByArticle("nope")).isEmpty();
	}

	@Test
	void findByPurposeInThenOnlyThosePurposes() {
		assertThat(this.dosages.findByPurposeIn(EnumSet.of(DosagePurpose.STUDY_DOSE))).extracting(Dosage::getPurpose)
			.containsExactly(DosagePurpose.STUDY_DOSE);
		assertThat(this.dosages.findByPurposeIn(EnumSet.of(DosagePurpose.RDA, DosagePurpose.UPPER_LIMIT))).isEmpty();
	}

}
