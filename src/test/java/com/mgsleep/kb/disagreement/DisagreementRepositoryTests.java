package com.mgsleep.kb.disagreement;

import com.mgsleep.kb.FixtureContent;
import com.mgsleep.kb.claim.Claim;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The custom queries of {@link DisagreementRepository} on the real schema.
 */
@FixtureContent
class DisagreementRepositoryTests {

	@Autowired
	private DisagreementRepository disagreements;

	@Autowired
	private EntityManager entityManager;

	@Test
	void findAllByIdThenEachPositionWithTheReferencesItsClaimCites() {
		assertThat(this.disagreements.findAllById()).singleElement().satisfies((disagreement) -> {
			assertThat(disagreement.getId()).isEqualTo("which-form");
			FixtureContent.Fetched.assertLoaded(this.entityManager, disagreement, "claims");
			assertThat(disagreement.getClaims()).extracting(Claim::getId)
				.containsExactly("sleep-onset-older-adults", "glycinate-works-fastest");
			disagreement.getClaims()
				.forEach((claim) -> FixtureContent.Fetched.assertLoaded(this.entityManager, claim, "citations"));
		});
	}

	@Test
	void findByArticleAndByClaimThenTheDisagreementsTheyHold() {
		assertThat(this.disagreements.findByArticle("falling-asleep")).extracting(Disagreement::getId)
			.containsExactly("which-form");
		assertThat(this.disagreements.findByClaim("glycinate-works-fastest")).singleElement()
			.satisfies(
					(disagreement) -> FixtureContent.Fetched.assertLoaded(this.entityManager, disagreement, "claims"));
		assertThat(this.disagreements.findByArticle("nope")).isEmpty();
	}

}
