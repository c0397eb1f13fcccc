package com.mgsleep.kb.content;

import java.time.Duration;

import com.mgsleep.kb.content.markdown.ParseResult;
import com.mgsleep.kb.model.KnowledgeBaseImported;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Parses, validates and imports the content folder while the application starts, before
 * the web server accepts requests, so a broken knowledge base is never served.
 */
@Component
class KnowledgeBaseLoader implements SmartInitializingSingleton {

	private static final Logger logger = LoggerFactory.getLogger(KnowledgeBaseLoader.class);

	private final KnowledgeBaseProperties properties;

	private final KnowledgeBaseImporter importer;

	private final ApplicationEventPublisher events;

	KnowledgeBaseLoader(KnowledgeBaseProperties properties, KnowledgeBaseImporter importer,
			ApplicationEventPublisher events) {
		this.properties = properties;
		this.importer = importer;
		this.events = events;
	}

	@Override
	public void afterSingletonsInstantiated() {
		long start = System.nanoTime();
		ParseResult result = ClaimAssessor.read(this.properties.contentDir());
		if (!result.valid()) {
			throw new InvalidContentException(result.errors());
		}
		long parsed = System.nanoTime();
		ImportSummary summary = this.importer.importKnowledgeBase(result.knowledgeBase());
		logger.info("Imported knowledge base from {}: {} in {} ms (parse and validate {} ms, database {} ms)",
				this.properties.contentDir(), summary, (System.nanoTime() - start) / 1_000_000,
				(parsed - start) / 1_000_000, (System.nanoTime() - parsed) / 1_000_000);
		this.events.publishEvent(new KnowledgeBaseImported(Duration.ofNanos(System.nanoTime() - start)));
	}

}
