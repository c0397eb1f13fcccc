package com.mgsleep.kb;

import java.nio.file.Path;

import com.mgsleep.kb.content.KnowledgeBaseImporter;
import com.mgsleep.kb.content.markdown.ContentParser;
import com.mgsleep.kb.content.markdown.ParseResult;
import jakarta.persistence.EntityManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports the small fixture content ({@code src/test/resources/fixture-content}) for
 * repository tests, and tells which associations a query loaded.
 */
public final class FixtureContent {

	private FixtureContent() {
	}

	public static void importInto(KnowledgeBaseImporter importer) {
		ParseResult result = new ContentParser().parse(Path.of("src/test/resources/fixture-content"));
		assertThat(result.errors()).isEmpty();
		importer.importKnowledgeBase(result.knowledgeBase());
	}

	/**
	 * Asserts that a query loaded the associations a page reads, since pages read
	 * entities without a persistence context.
	 */
	public static void assertLoaded(EntityManager entityManager, Object entity, String... attributes) {
		for (String attribute : attributes) {
			assertThat(entityManager.getEntityManagerFactory().getPersistenceUnitUtil().isLoaded(entity, attribute))
				.as(attribute)
				.isTrue();
		}
	}

}
