package com.mgsleep.kb.content;

import java.util.concurrent.TimeUnit;

import com.mgsleep.kb.model.ContentFingerprint;
import com.mgsleep.kb.model.PagesWhileStarting;
import com.mgsleep.kb.search.UnusableTempFolderException;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.Ordered;
import org.springframework.core.PriorityOrdered;
import org.springframework.core.env.Environment;

/**
 * Registers the content folder's checked content (the importer's) and its
 * {@link ContentFingerprint} before any other bean exists. {@link Awaited} then starts
 * the check and waits for it before the ORM starts, so that a broken knowledge base stops
 * the start in a second or two instead of after the database and the ORM have started.
 */
class ContentValidation implements BeanFactoryPostProcessor, EnvironmentAware, PriorityOrdered {

	private Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		// before the web server and the search index try to write there, each with a
		// stack trace
		UnusableTempFolderException.requireWritableTempFolder();
		KnowledgeBaseProperties properties = Binder.get(this.environment)
			.bindOrCreate("kb", KnowledgeBaseProperties.class);
		beanFactory.registerSingleton("checkedContent", new CheckedContent(properties.contentDir()));
		beanFactory.registerSingleton("contentFingerprint", FolderFingerprint.of(properties.contentDir()));
	}

	/**
	 * Runs after every ordered post-processor. One of them may have found pages of this
	 * very content to answer while the application starts ({@link PagesWhileStarting}):
	 * then the check begins once the web server answers them (it would compete with the
	 * rest of the start for the cores), and is waited for only at the import. Otherwise
	 * it begins now and is waited for before the ORM starts.
	 */
	static final class Awaited implements BeanFactoryPostProcessor {

		/** Longer than any start takes to answer its first page. */
		private static final long MAX_WAIT_SECONDS = 10;

		@Override
		public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
			CheckedContent content = beanFactory.getBean(CheckedContent.class);
			PagesWhileStarting pages = beanFactory.getBeanProvider(PagesWhileStarting.class).getIfAvailable();
			if (pages == null) {
				content.awaitCheck();
				return;
			}
			pages.answering()
				.completeOnTimeout(null, MAX_WAIT_SECONDS, TimeUnit.SECONDS)
				.whenComplete((answering, failure) -> content.start());
		}

	}

}
