package com.mgsleep.kb.article;

import com.mgsleep.kb.FixtureContent;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The custom query of {@link ArticleRepository} on the real schema.
 */
@FixtureContent
class ArticleRepositoryTests {

	@Autowired
	private ArticleRepository articles;

	@Autowired
	private EntityManager entityManager;

	@Test
	void findForPageThenSectionsReferencesAndTopicsLoaded() {
		Article article = this.articles.findForPage("falling-asleep").orElseThrow();
		FixtureContent.Fetched.assertLoaded(this.entityManager, article, "topics", "sections", "references");
		article.getReferences()
			.forEach((citation) -> FixtureContent.Fetched.assertLoaded(this.entityManager, citation, "authors"));
		assertThat(article.getSections()).extracting(ArticleSection::kind).contains(ArticleSection.Kind.CLAIM);
		assertThat(this.articles.findForPage("nope")).isEmpty();
	}

}
