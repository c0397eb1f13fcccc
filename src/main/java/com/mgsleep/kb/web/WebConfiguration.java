package com.mgsleep.kb.web;

import java.time.Duration;

import com.mgsleep.kb.model.KnowledgeBaseReloaded;
import com.mgsleep.kb.model.LiveReload;
import com.mgsleep.kb.model.PagesWhileStarting;
import com.mgsleep.kb.web.cache.PageSnapshot;
import com.mgsleep.kb.web.cache.PageSnapshotKeeper;
import com.mgsleep.kb.web.cache.PagesFirstTomcatFactory;
import com.mgsleep.kb.web.cache.PagesFromSnapshot;
import com.mgsleep.kb.web.cache.PreparedPages;
import com.mgsleep.kb.web.cache.PreparedPagesFilter;
import com.mgsleep.kb.web.cache.PreparedPagesValve;
import jakarta.servlet.DispatcherType;
import org.apache.catalina.core.StandardHost;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.boot.tomcat.TomcatProtocolHandlerCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

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

	/**
	 * Tomcat writes a response to the socket in pieces no larger than this buffer, one
	 * system call each: with its default of 8 kB a 20 kB claim page takes three, and the
	 * calls, not the bytes, are most of the time a prepared page costs. Each connection
	 * holds one buffer, which {@code server.tomcat.max-connections} bounds.
	 */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> socketWriteBuffer(
			@Value("${kb.socket-write-buffer:32KB}") DataSize size) {
		return (factory) -> factory.addConnectorCustomizers(
				(connector) -> connector.setProperty("socket.appWriteBufSize", Long.toString(size.toBytes())));
	}

	/**
	 * A request on a virtual thread: a client that reads its answer slowly holds no
	 * platform thread, and a few carrier threads share the cores instead of two hundred
	 * platform threads contending for them. Decided when the server starts, not by Spring
	 * Boot's own condition, which the production launch settles at build time on the
	 * build's Java 17.
	 */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> virtualThreads(
			@Value("${kb.virtual-threads:true}") boolean enabled) {
		return (factory) -> factory.addConnectorCustomizers((connector) -> {
			if (enabled && Runtime.version().feature() >= 21) {
				connector.setProperty("useVirtualThreads", "true");
			}
		});
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

	/**
	 * Outside every other filter, the one that keeps pages included; only while an editor
	 * runs with live reload.
	 */
	@Bean
	FilterRegistrationBean<ConsistentReadsFilter> consistentReadsFilter(ObjectProvider<LiveReload> liveReload) {
		LiveReload live = liveReload.getIfAvailable();
		FilterRegistrationBean<ConsistentReadsFilter> registration = new FilterRegistrationBean<>(
				new ConsistentReadsFilter(live));
		registration.setEnabled(live != null);
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		registration.addUrlPatterns("/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/**
	 * The prepared pages, read from the previous run's snapshot where there is one of the
	 * same content and build ({@code kb.page-snapshot}). Static: it runs before any bean
	 * is made.
	 */
	@Bean
	static PagesFromSnapshot pagesFromSnapshot() {
		return new PagesFromSnapshot();
	}

	/**
	 * Spring Boot's own Tomcat, set up as its auto-configuration would, which starts
	 * taking connections at once when there are prepared pages to answer meanwhile.
	 */
	@Bean
	TomcatServletWebServerFactory tomcatServletWebServerFactory(PreparedPages pages,
			ObjectProvider<PagesWhileStarting> whileStarting,
			ObjectProvider<TomcatConnectorCustomizer> connectorCustomizers,
			ObjectProvider<TomcatContextCustomizer> contextCustomizers,
			ObjectProvider<TomcatProtocolHandlerCustomizer<?>> protocolHandlerCustomizers) {
		TomcatServletWebServerFactory factory = new PagesFirstTomcatFactory(pages, whileStarting.getIfAvailable());
		factory.getConnectorCustomizers().addAll(connectorCustomizers.orderedStream().toList());
		factory.getContextCustomizers().addAll(contextCustomizers.orderedStream().toList());
		factory.getProtocolHandlerCustomizers().addAll(protocolHandlerCustomizers.orderedStream().toList());
		return factory;
	}

	/** Every request can be answered once the application has started. */
	@Bean
	ApplicationListener<ContextRefreshedEvent> preparedPagesReady(PreparedPages pages) {
		return (refreshed) -> pages.ready();
	}

	/** The pages prepared in this run are kept for the next start when it stops. */
	@Bean
	PageSnapshotKeeper pageSnapshotKeeper(ObjectProvider<PageSnapshot> snapshot, PreparedPages pages) {
		return new PageSnapshotKeeper(snapshot, pages);
	}

	/**
	 * A live reload has changed the content, or its error banner: prepare every page
	 * anew.
	 */
	@Bean
	ApplicationListener<PayloadApplicationEvent<KnowledgeBaseReloaded>> preparedPagesForgottenOnReload(
			PreparedPages pages) {
		return ApplicationListener.forPayload((reloaded) -> pages.clear());
	}

	/**
	 * Pages already prepared are answered inside Tomcat, before any filter or servlet:
	 * that per-request work is most of what separates the application from a static file
	 * server.
	 */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> preparedPagesValve(PreparedPages pages) {
		return (factory) -> factory.addContextValves(new PreparedPagesValve(pages));
	}

	/**
	 * First of all filters: a page rendered for the first time passes through all the
	 * others and is kept; the valve answers it from then on.
	 */
	@Bean
	FilterRegistrationBean<PreparedPagesFilter> preparedPagesFilter(PreparedPages pages) {
		FilterRegistrationBean<PreparedPagesFilter> registration = new FilterRegistrationBean<>(
				new PreparedPagesFilter(pages));
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		registration.addUrlPatterns("/*");
		// just inside the filter that keeps a live reload from replacing content
		// mid-request
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

}
