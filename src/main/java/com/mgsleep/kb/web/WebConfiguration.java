package com.mgsleep.kb.web;

import jakarta.servlet.DispatcherType;
import org.apache.catalina.core.StandardHost;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Web server set-up. Content changes only when the application restarts, so every page
 * gets an ETag and a revalidating browser is answered with 304.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

	/**
	 * Tomcat's own error report would show a framework page for requests it rejects
	 * itself.
	 */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> plainTomcatErrors() {
		return (factory) -> factory.addContextCustomizers((context) -> {
			if (context.getParent() instanceof StandardHost host) {
				host.setErrorReportValveClass(PlainErrorReportValve.class.getName());
			}
		});
	}

	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> etagFilter() {
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(
				new ShallowEtagHeaderFilter());
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		registration.addUrlPatterns("/*");
		return registration;
	}

}
