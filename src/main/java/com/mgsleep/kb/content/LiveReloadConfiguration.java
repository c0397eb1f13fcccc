package com.mgsleep.kb.content;

import com.mgsleep.kb.model.LiveReload;
import jakarta.persistence.EntityManager;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Live reload for editors ({@code kb.live-reload=true}, which the development run command
 * sets): a change in the content folder is read, checked and, when valid, served within a
 * second or two, without a restart. Off by default, and so in production.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "kb.live-reload", havingValue = "true")
class LiveReloadConfiguration {

	@Bean
	LiveReload liveReload() {
		return new LiveReload();
	}

	@Bean
	ContentReloader contentReloader(KnowledgeBaseProperties properties, KnowledgeBaseImporter importer,
			EntityManager entityManager, PlatformTransactionManager transactions, ApplicationEventPublisher events,
			LiveReload liveReload) {
		return new ContentReloader(properties.contentDir(), importer, entityManager,
				new TransactionTemplate(transactions), events, liveReload);
	}

	@Bean
	ContentWatcher contentWatcher(KnowledgeBaseProperties properties, ContentReloader reloader) {
		return new ContentWatcher(properties.contentDir(), reloader);
	}

}
