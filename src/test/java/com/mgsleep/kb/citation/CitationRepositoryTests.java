package com.mgsleep.kb.citation;

import com.mgsleep.kb.FixtureContent;
import com.mgsleep.kb.content.KnowledgeBaseImporter;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The custom queries of {@link CitationRepository} on the real schema.
 */
@DataJpaTest
@Import(KnowledgeBaseImporter.class)
class CitationRepositoryTests {

	@Autowired
	private KnowledgeBaseImporter importer;

	@Autowired
	private CitationRepository citations;

	@Autowired
	private EntityManager entityManager;

	@BeforeEach
	void importFixture() {
		FixtureContent.importInto(this.importer);
	}

	@Test
	void findAllWithAuthorsThenByKeyWithAuthorsLoaded() {
		assertThat(this.citations.findAllWithAuthors()).extracting(Citation::getKey)
			.containsExactly("abbasi-2012", "mah-pitre-2021", "shop-blog");
		assertThat(this.citations.findAllWithAuthors())
			.allSatisfy((citation) -> FixtureContent.assertLoaded(this.entityManager, citation, "authors"));
	}

	@Test
	void findByIdThenAuthorsAndCitingWebArticlesLoaded() {
		Citation trial = this.citations.findById("abbasi-2012").orElseThrow();
		FixtureContent.assertLoaded(this.entityManager, trial, "authors", "citedBy");
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
