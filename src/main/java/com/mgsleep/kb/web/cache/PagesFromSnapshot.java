package com.mgsleep.kb.web.cache;

import java.nio.file.Path;
import java.util.Map;

import com.mgsleep.kb.model.ContentFingerprint;
import com.mgsleep.kb.model.PagesWhileStarting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;

/**
 * Makes the {@link PreparedPages}, with the pages of the {@link PageSnapshot} named by
 * {@code kb.page-snapshot} when it was written from the same content and build. Then the
 * web server starts as soon as it exists ({@link PagesFirstTomcatFactory}) and answers
 * them while the rest of the application starts ({@link PagesWhileStarting} tells the
 * rest of the start). Runs right after the content check has begun, before any bean is
 * made.
 */
public class PagesFromSnapshot implements BeanFactoryPostProcessor, EnvironmentAware, Ordered {

	private static final Logger logger = LoggerFactory.getLogger(PagesFromSnapshot.class);

	private ConfigurableEnvironment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = (ConfigurableEnvironment) environment;
	}

	@Override
	public int getOrder() {
		return 0;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		Map<String, PreparedPage> pages = readSnapshot(beanFactory);
		if (pages.isEmpty()) {
			beanFactory.registerSingleton("preparedPages", new PreparedPages());
			return;
		}
		logger.info("Answering {} prepared pages from {} while the application starts", pages.size(),
				this.environment.getProperty("kb.page-snapshot"));
		beanFactory.registerSingleton("preparedPages", new PreparedPages(pages));
		beanFactory.registerSingleton("pagesWhileStarting", new PagesWhileStarting(pages.size()));
	}

	/**
	 * The pages of the snapshot file, registered as a bean for the keeper, when one is
	 * named and it matches; none otherwise.
	 */
	private Map<String, PreparedPage> readSnapshot(ConfigurableListableBeanFactory beanFactory) {
		String file = this.environment.getProperty("kb.page-snapshot", "").strip();
		ContentFingerprint content = beanFactory.getBeanProvider(ContentFingerprint.class).getIfAvailable();
		// with live reload the content changes under a running application
		boolean live = this.environment.getProperty("kb.live-reload", Boolean.class, false);
		if (file.isEmpty() || content == null || live) {
			return Map.of();
		}
		PageSnapshot snapshot = new PageSnapshot(Path.of(file), SnapshotKey.of(content, this.environment));
		beanFactory.registerSingleton("pageSnapshot", snapshot);
		return snapshot.read();
	}

}
