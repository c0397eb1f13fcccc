package com.mgsleep.kb.article;

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
 * The custom query of {@link ArticleRepository} on the real schema.
 */
@DataJpaTest
@Import(KnowledgeBaseImporter.class)
class ArticleRepositoryTests {

	@Autowired
	private KnowledgeBaseImporter importer;

	@Autowired
	private ArticleRepository articles;

	@Autowired
	private EntityManager entityManager;

	@BeforeEach
	void importFixture() {
		FixtureContent.importInto(this.importer);
	}

	@Test
	void findForPageThenSectionsReferencesAndTopicsLoaded() {
		Article article = this.articles.findForPage("falling-asleep").orElseThrow();
		FixtureContent.assertLoaded(this.entityManager, article, "topics", "sections", "references");
		article.getReferences()
			.forEach((citation) -> FixtureContent.assertLoaded(this.entityManager, citation, "authors"));
		assertThat(article.getSections()).extracting(ArticleSection::kind).contains(ArticleSection.Kind.CLAIM);
		assertThat(this.articles.findForPage("nope")).isEmpty();
	}

}
