package com.mgsleep.kb.content;

import com.mgsleep.kb.model.KnowledgeBaseImported;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Component;

/**
 * Imports the checked content folder while the application starts, before the web server
 * accepts requests; {@link ContentValidation} has already refused a broken one. What is
 * derived from the import (the search index) is built on a thread of its own, so that the
 * site serves its pages meanwhile; the readiness probe waits for it, and a start whose
 * index cannot be built stops with exit code 1.
 */
@Component
class KnowledgeBaseLoader implements SmartInitializingSingleton {

	private static final Logger logger = LoggerFactory.getLogger(KnowledgeBaseLoader.class);

	private final KnowledgeBaseProperties properties;

	private final CheckedContent content;

	private final KnowledgeBaseImporter importer;

	private final ApplicationEventPublisher events;

	private final KnowledgeBaseHealthIndicator health;

	private final ApplicationContext context;

	KnowledgeBaseLoader(KnowledgeBaseProperties properties, CheckedContent content, KnowledgeBaseImporter importer,
			ApplicationEventPublisher events, KnowledgeBaseHealthIndicator health, ApplicationContext context) {
		this.context = context;
		this.properties = properties;
		this.content = content;
		this.importer = importer;
		this.events = events;
		this.health = health;
	}

	@Override
	public void afterSingletonsInstantiated() {
		long start = System.nanoTime();
		BuiltKnowledgeBase built = this.content.take();
		long writing = System.nanoTime();
		ImportSummary summary = this.importer.writeAtStart(built);
		long imported = System.nanoTime() - start;
		logger.info(
				"Imported knowledge base from {}: {} (parsed and validated in {} ms and the entities built in {} ms"
						+ " while the database started, {} ms of it waited for; written in {} ms)",
				this.properties.contentDir(), summary, this.content.readIn().toMillis(),
				this.content.builtIn().toMillis(), (writing - start) / 1_000_000,
				(System.nanoTime() - writing) / 1_000_000);
		KnowledgeBaseImported event = new KnowledgeBaseImported(this.content.readIn().plusNanos(imported));
		Thread derive = new Thread(() -> {
			try {
				// listeners run in the publishing thread: the search index is built after
				// this
				this.events.publishEvent(event);
				this.health.imported();
			}
			catch (RuntimeException | Error ex) {
				logger.error("Could not build what the site derives from the knowledge base; stopping", ex);
				System.exit(SpringApplication.exit(this.context, () -> 1));
			}
		}, "kb-search-index");
		derive.setDaemon(true);
		derive.start();
	}

}
