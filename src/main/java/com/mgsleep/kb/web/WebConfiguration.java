package com.mgsleep.kb.web;

import java.time.Duration;

import com.mgsleep.kb.web.cache.PreparedPages;
import com.mgsleep.kb.web.cache.PreparedPagesFilter;
import jakarta.servlet.DispatcherType;
import org.apache.catalina.core.StandardHost;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Web server set-up. Content changes only when the application restarts, so every page
 * that depends on nothing else is prepared once and answered from memory.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

	/**
	 * Tomcat bounds the silence between two reads but not the whole time a request's
	 * headers take; this connector bounds that too (see
	 * {@code kb.request-header-timeout}).
	 */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> headerReadDeadline(
			@Value("${kb.request-header-timeout:10s}") Duration timeout) {
		return (factory) -> {
			factory.setProtocol(HeaderDeadlineProtocol.class.getName());
			factory.addConnectorCustomizers((connector) -> {
				if (connector.getProtocolHandler() instanceof HeaderDeadlineProtocol protocol) {
					protocol.setHeaderReadTimeout(timeout.toMillis());
				}
			});
		};
	}

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> traceReachesTheFilters() {
		// TRACE goes on to ReadOnlyMethodsFilter, which refuses it with the true Allow
		// header; Tomcat's own refusal lists every method the servlet class could serve
		return (factory) -> factory.addConnectorCustomizers((connector) -> connector.setAllowTrace(true));
	}

	/**
	 * Tomcat's own error report would show a framework page for requests it rejects
	 * itself.
	 */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> plainTomcatErrorReports() {
		return (factory) -> factory.addContextCustomizers((context) -> {
			if (context.getParent() instanceof StandardHost host) {
				host.setErrorReportValveClass(PlainErrorReportValve.class.getName());
			}
		});
	}

	@Bean
	PreparedPages preparedPages() {
		return new PreparedPages();
	}

	/**
	 * First of all filters: a page from memory needs none of the others' work per request
	 * (it sets the security headers itself), and one rendered for the first time passes
	 * through them all.
	 */
	@Bean
	FilterRegistrationBean<PreparedPagesFilter> preparedPagesFilter(PreparedPages pages) {
		FilterRegistrationBean<PreparedPagesFilter> registration = new FilterRegistrationBean<>(
				new PreparedPagesFilter(pages));
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		registration.addUrlPatterns("/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
