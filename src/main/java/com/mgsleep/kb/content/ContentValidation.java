package com.mgsleep.kb.content;

import java.time.Duration;

import com.mgsleep.kb.content.markdown.ParseResult;
import com.mgsleep.kb.search.UnusableTempFolderException;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Reads and checks the content folder before any other bean exists, so that a broken
 * knowledge base stops the start in a second or two instead of after the database and the
 * ORM have started. The checked content is then there for the importer as a bean.
 */
class ContentValidation implements BeanFactoryPostProcessor, EnvironmentAware {

	private Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		// before the web server and the search index try to write there, each with a
		// stack trace
		UnusableTempFolderException.requireWritableTempFolder();
		KnowledgeBaseProperties properties = Binder.get(this.environment)
			.bindOrCreate("kb", KnowledgeBaseProperties.class);
		long start = System.nanoTime();
		ParseResult result = ClaimAssessor.read(properties.contentDir());
		if (!result.valid()) {
			throw new InvalidContentException(result.errors());
		}
		beanFactory.registerSingleton("checkedContent", new CheckedContent(result.knowledgeBase(),
				properties.contentDir(), Duration.ofNanos(System.nanoTime() - start)));
	}

}
