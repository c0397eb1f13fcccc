package com.mgsleep.kb.content;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.mgsleep.kb.content.markdown.ContentError;
import com.mgsleep.kb.content.markdown.ParseResult;
import com.mgsleep.kb.model.KnowledgeBaseImported;
import com.mgsleep.kb.model.KnowledgeBaseReloaded;
import com.mgsleep.kb.model.LiveReload;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Replaces the served knowledge base with the content folder as it is now, or keeps the
 * old one and reports the errors. The database, the search index and the prepared pages
 * change together: readers wait while the replacement holds the write lock, so none sees
 * part of the old knowledge base and part of the new.
 */
class ContentReloader {

	private static final Logger logger = LoggerFactory.getLogger(ContentReloader.class);

	private final Path folder;

	private final KnowledgeBaseImporter importer;

	private final EntityManager entityManager;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	private final LiveReload liveReload;

	ContentReloader(Path folder, KnowledgeBaseImporter importer, EntityManager entityManager,
			TransactionTemplate transaction, ApplicationEventPublisher events, LiveReload liveReload) {
		this.folder = folder;
		this.importer = importer;
		this.entityManager = entityManager;
		this.transaction = transaction;
		this.events = events;
		this.liveReload = liveReload;
	}

	/**
	 * Reads, checks and, when valid, serves the content folder.
	 * @return the errors found, empty when the new content is served
	 */
	synchronized List<ContentError> reload() {
		long start = System.nanoTime();
		ParseResult result = ClaimAssessor.read(this.folder);
		if (!result.valid()) {
			this.liveReload.replacing().lock();
			try {
				this.liveReload.failed(result.errors().stream().sorted().map(ContentError::toString).toList());
				// the banner is on every page, prepared ones included
				this.events.publishEvent(new KnowledgeBaseReloaded(false));
			}
			finally {
				this.liveReload.replacing().unlock();
			}
			logger.warn("Content not reloaded, the site keeps serving the last valid version; {} content error{}:{}",
					result.errors().size(), (result.errors().size() == 1) ? "" : "s",
					result.errors().stream().sorted().map((error) -> "\n  " + error).reduce("", String::concat));
			return result.errors();
		}
		this.liveReload.replacing().lock();
		try {
			ImportSummary summary = this.transaction.execute((tx) -> {
				this.entityManager.unwrap(Session.class).doWork(TableWiper::wipe);
				return this.importer.importKnowledgeBase(result.knowledgeBase());
			});
			this.liveReload.succeeded();
			this.events.publishEvent(new KnowledgeBaseImported(Duration.ofNanos(System.nanoTime() - start)));
			this.events.publishEvent(new KnowledgeBaseReloaded(true));
			logger.info("Reloaded the knowledge base from {} in {} ms: {}", this.folder,
					(System.nanoTime() - start) / 1_000_000, summary);
		}
		finally {
			this.liveReload.replacing().unlock();
		}
		return List.of();
	}

}
