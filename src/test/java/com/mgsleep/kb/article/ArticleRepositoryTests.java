package com.mgsleep.kb.article;

import com.mgsleep.kb.FixtureContent;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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

	@Test
	void findTopicSlugsAndProseThenWhatSearchIndexesOfArticles() {
		assertThat(this.articles.findTopicSlugs()).extracting(ArticleRepository.Tag::slug, ArticleRepository.Tag::value)
			.containsExactly(tuple("falling-asleep", "falling-asleep"));
		assertThat(this.articles.findProse()).isNotEmpty()
			.allSatisfy((prose) -> assertThat(prose.value()).startsWith("<"))
			.anySatisfy((prose) -> assertThat(prose.value()).contains("Older adults fell asleep faster"));
	}

}
