package com.mgsleep.kb;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Path;

import com.mgsleep.kb.content.KnowledgeBaseImporter;
import com.mgsleep.kb.content.KnowledgeBaseProperties;
import com.mgsleep.kb.content.markdown.ContentParser;
import com.mgsleep.kb.content.markdown.ParseResult;
import jakarta.persistence.EntityManager;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A {@code @DataJpaTest} over the small fixture content
 * ({@code src/test/resources/fixture-content}), imported once per test context: for the
 * repositories' own tests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@DataJpaTest
@Import({ KnowledgeBaseImporter.class, FixtureContent.Loader.class })
@EnableConfigurationProperties(KnowledgeBaseProperties.class)
public @interface FixtureContent {

	/** Imports the fixture content when the test context starts. */
	@TestComponent
	class Loader implements SmartInitializingSingleton {

		private final KnowledgeBaseImporter importer;

		Loader(KnowledgeBaseImporter importer) {
			this.importer = importer;
		}

		@Override
		public void afterSingletonsInstantiated() {
			ParseResult result = new ContentParser().parse(Path.of("src/test/resources/fixture-content"));
			assertThat(result.errors()).isEmpty();
			this.importer.importKnowledgeBase(result.knowledgeBase());
		}

	}

	/** What a query fetched. */
	final class Fetched {

		private Fetched() {
		}

		/**
		 * Asserts that a query loaded the associations a page reads, since pages read
		 * entities without a persistence context.
		 * @param entityManager the test's entity manager
		 * @param entity what the query returned
		 * @param attributes the associations that must be loaded
		 */
		public static void assertLoaded(EntityManager entityManager, Object entity, String... attributes) {
			for (String attribute : attributes) {
				assertThat(entityManager.getEntityManagerFactory().getPersistenceUnitUtil().isLoaded(entity, attribute))
					.as(attribute)
					.isTrue();
			}
		}

	}

}
