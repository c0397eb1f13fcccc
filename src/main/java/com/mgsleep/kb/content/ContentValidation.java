package com.mgsleep.kb.content;

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
 * Starts reading and checking the content folder before any other bean exists, and
 * registers the checked content (the importer's) and the folder's
 * {@link ContentFingerprint}. {@link Awaited} then waits for the check before the ORM
 * starts, so that a broken knowledge base stops the start in a second or two instead of
 * after the database and the ORM have started.
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
	 * Runs after every ordered post-processor; one of them may have found pages of this
	 * very content to answer meanwhile ({@link PagesWhileStarting}), and then the check
	 * is waited for only at the import.
	 */
	static final class Awaited implements BeanFactoryPostProcessor {

		@Override
		public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
			if (beanFactory.getBeanProvider(PagesWhileStarting.class).getIfAvailable() == null) {
				beanFactory.getBean(CheckedContent.class).awaitCheck();
			}
		}

	}

}
