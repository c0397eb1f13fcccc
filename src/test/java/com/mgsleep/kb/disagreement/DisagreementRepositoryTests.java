package com.mgsleep.kb.disagreement;

import com.mgsleep.kb.FixtureContent;
import com.mgsleep.kb.claim.Claim;
import com.mgsleep.kb.content.KnowledgeBaseImporter;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The custom queries of {@link DisagreementRepository} on the real schema.
 */
@DataJpaTest
@Import(KnowledgeBaseImporter.class)
class DisagreementRepositoryTests {

	@Autowired
	private KnowledgeBaseImporter importer;

	@Autowired
	private DisagreementRepository disagreements;

	@Autowired
	private EntityManager entityManager;

	@BeforeEach
	void importFixture() {
		FixtureContent.importInto(this.importer);
	}

	@Test
	void findAllByIdThenEachPositionWithTheReferencesItsClaimCites() {
		assertThat(this.disagreements.findAllById()).singleElement().satisfies((disagreement) -> {
			assertThat(disagreement.getId()).isEqualTo("which-form");
			FixtureContent.assertLoaded(this.entityManager, disagreement, "claims");
			assertThat(disagreement.getClaims()).extracting(Claim::getId)
				.containsExactly("sleep-onset-older-adults", "glycinate-works-fastest");
			disagreement.getClaims()
				.forEach((claim) -> FixtureContent.assertLoaded(this.entityManager, claim, "citations"));
		});
	}

	@Test
	void findByArticleAndByClaimThenTheDisagreementsTheyHold() {
		assertThat(this.disagreements.findByArticle("falling-asleep")).extracting(Disagreement::getId)
			.containsExactly("which-form");
		assertThat(this.disagreements.findByClaim("glycinate-works-fastest")).singleElement()
			.satisfies((disagreement) -> FixtureContent.assertLoaded(this.entityManager, disagreement, "claims"));
		assertThat(this.disagreements.findByArticle("nope")).isEmpty();
	}

}
