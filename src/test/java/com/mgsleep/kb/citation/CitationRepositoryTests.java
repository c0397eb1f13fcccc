package com.mgsleep.kb.citation;

import com.mgsleep.kb.FixtureContent;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The custom queries of {@link CitationRepository} on the real schema.
 */
@FixtureContent
class CitationRepositoryTests {

	@Autowired
	private CitationRepository citations;

	@Autowired
	private EntityManager entityManager;

	@Test
	void findAllWithAuthorsThenByKeyWithAuthorsLoaded() {
		assertThat(this.citations.findAllWithAuthors()).extracting(Citation::getKey)
			.containsExactly("abbasi-2012", "mah-pitre-2021", "shop-blog");
		assertThat(this.citations.findAllWithAuthors())
			.allSatisfy((citation) -> FixtureContent.Fetched.assertLoaded(this.entityManager, citation, "authors"));
	}

	@Test
	void findByIdThenAuthorsAndCitingWebArticlesLoaded() {
		Citation trial = this.citations.findById("abbasi-2012").orElseThrow();
		FixtureContent.Fetched.assertLoaded(this.entityManager, trial, "authors", "citedBy");
		assertThat(trial.getLabel()).startsWith("Abbasi");
	}

	@Test
	void findCitedByThenTheReferencesAWebArticleCites() {
		assertThat(this.citations.findCitedBy("shop-blog")).extracting(Citation::getKey)
			.containsExactlyElementsOf(this.citations.findAllWithAuthors()
				.stream()
				.filter((citation) -> citation.getCitedBy().contains("shop-blog"))
				.map(Citation::getKey)
				.toList());
		assertThat(this.citations.findCitedBy("nope")).isEmpty();
	}

}
