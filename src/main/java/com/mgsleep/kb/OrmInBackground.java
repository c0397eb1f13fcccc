package com.mgsleep.kb;

import java.util.Arrays;
import java.util.stream.Stream;

import com.mgsleep.kb.model.PagesWhileStarting;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.config.DependencyDescriptor;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.web.server.servlet.ServletWebServerFactory;
import org.springframework.context.annotation.ContextAnnotationAutowireCandidateResolver;
import org.springframework.data.repository.Repository;
import org.springframework.orm.jpa.AbstractEntityManagerFactoryBean;

/**
 * Lets the ORM start beside the rest of the context instead of ahead of it. The entity
 * manager factory is built on a thread of its own
 * ({@code spring.data.jpa.repositories.bootstrap-mode=deferred}), which takes a second or
 * more; two things kept the start waiting for it:
 * <ul>
 * <li>it began only when the first bean needing it was created, after the web server's
 * filters: the web server factory, the first bean created, now depends on it, so it
 * begins as soon as the content has been checked (unless prepared pages are answered
 * while the application starts: then the web server comes first);</li>
 * <li>the first controller asking for a repository waited for it, and every other bean
 * with it: repositories are now injected as lazy proxies (Spring Data's deferred mode
 * does the same, but only when the context is not ahead-of-time processed, as the
 * production launch is).</li>
 * </ul>
 */
final class OrmInBackground implements BeanFactoryPostProcessor {

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		String[] entityManagerFactories = beanFactory.getBeanNamesForType(AbstractEntityManagerFactoryBean.class, false,
				false);
		// with prepared pages to answer, the web server comes first
		boolean pagesFirst = beanFactory.getBeanProvider(PagesWhileStarting.class).getIfAvailable() != null;
		for (String name : beanFactory.getBeanNamesForType(ServletWebServerFactory.class, false, false)) {
			BeanDefinition definition = beanFactory.getBeanDefinition(name);
			String[] dependsOn = (definition.getDependsOn() != null) ? definition.getDependsOn() : new String[0];
			// the production launch's definitions were worked out at build time, with the
			// dependency: it is taken out again when the pages come first
			Stream<String> others = Arrays.stream(dependsOn)
				.filter((bean) -> !Arrays.asList(entityManagerFactories).contains(bean));
			definition.setDependsOn(
					(pagesFirst ? others : Stream.concat(others, Arrays.stream(entityManagerFactories))).distinct()
						.toArray(String[]::new));
		}
		if (beanFactory instanceof DefaultListableBeanFactory factory) {
			factory.setAutowireCandidateResolver(new ContextAnnotationAutowireCandidateResolver() {

				@Override
				protected boolean isLazy(DependencyDescriptor descriptor) {
					return Repository.class.isAssignableFrom(descriptor.getDependencyType())
							|| super.isLazy(descriptor);
				}

			});
		}
	}

}
