package com.mgsleep.kb;

import java.lang.reflect.Field;

import com.mgsleep.kb.claim.ClaimRepository;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.DependencyDescriptor;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ORM starts with the first bean and no bean waits for it: tests for
 * {@link OrmInBackground}.
 */
class OrmInBackgroundTests {

	private ClaimRepository claims;

	private String text;

	@Test
	void postProcessWhenWebServerFactoryThenItDependsOnTheEntityManagerFactory() {
		DefaultListableBeanFactory factory = factory();
		assertThat(factory.getBeanDefinition("tomcatServletWebServerFactory").getDependsOn())
			.containsExactly("&entityManagerFactory");
	}

	@Test
	void postProcessWhenRepositoryInjectedThenLazyProxyAndOtherBeansAsBefore() throws NoSuchFieldException {
		DefaultListableBeanFactory factory = factory();
		assertThat(
				factory.getAutowireCandidateResolver().getLazyResolutionProxyIfNecessary(descriptor("claims"), "home"))
			.isInstanceOf(ClaimRepository.class);
		assertThat(factory.getAutowireCandidateResolver().getLazyResolutionProxyIfNecessary(descriptor("text"), "home"))
			.isNull();
	}

	private static DefaultListableBeanFactory factory() {
		DefaultListableBeanFactory factory = new DefaultListableBeanFactory();
		factory.registerBeanDefinition("entityManagerFactory",
				new RootBeanDefinition(LocalContainerEntityManagerFactoryBean.class));
		factory.registerBeanDefinition("tomcatServletWebServerFactory",
				new RootBeanDefinition(TomcatServletWebServerFactory.class));
		new OrmInBackground().postProcessBeanFactory(factory);
		return factory;
	}

	private static DependencyDescriptor descriptor(String field) throws NoSuchFieldException {
		Field injected = OrmInBackgroundTests.class.getDeclaredField(field);
		return new DependencyDescriptor(injected, true);
	}

}
