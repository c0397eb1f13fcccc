package com.mgsleep.kb.content;

import com.mgsleep.kb.model.KnowledgeBaseImported;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Imports the checked content folder while the application starts, before the web server
 * accepts requests; {@link ContentValidation} has already refused a broken one.
 */
@Component
class KnowledgeBaseLoader implements SmartInitializingSingleton {

	private static final Logger logger = LoggerFactory.getLogger(KnowledgeBaseLoader.class);

	private final KnowledgeBaseProperties properties;

	private final CheckedContent content;

	private final KnowledgeBaseImporter importer;

	private final ApplicationEventPublisher events;

	private final KnowledgeBaseHealthIndicator health;

	KnowledgeBaseLoader(KnowledgeBaseProperties properties, CheckedContent content, KnowledgeBaseImporter importer,
			ApplicationEventPublisher events, KnowledgeBaseHealthIndicator health) {
		this.properties = properties;
		this.content = content;
		this.importer = importer;
		this.events = events;
		this.health = health;
	}

	@Override
	public void afterSingletonsInstantiated() {
		long start = System.nanoTime();
		ImportSummary summary = this.importer.write(this.content.take());
		long imported = System.nanoTime() - start;
		logger.info(
				"Imported knowledge base from {}: {} (parse and validate {} ms before the database started;"
						+ " the entities were built while it started, then written in {} ms)",
				this.properties.contentDir(), summary, this.content.readIn().toMillis(), imported / 1_000_000);
		this.events.publishEvent(new KnowledgeBaseImported(this.content.readIn().plusNanos(imported)));
		// listeners run in the publishing thread: the search index is built by now
		this.health.imported();
	}

}
