package com.mgsleep.kb.web.cache;

import org.apache.catalina.startup.Tomcat;

import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;

/**
 * Spring Boot's Tomcat, which starts taking connections as soon as it exists when there
 * are pages to answer before the application has started: prepared pages from a
 * {@link PageSnapshot}. The valve answers those, and holds every other request until the
 * application has started ({@link PreparedPages#ready()}). Without such pages it starts
 * when Spring Boot starts it, once every bean is ready.
 */
public class PagesFirstTomcatFactory extends TomcatServletWebServerFactory {

	private final PreparedPages pages;

	public PagesFirstTomcatFactory(PreparedPages pages) {
		this.pages = pages;
	}

	@Override
	protected TomcatWebServer getTomcatWebServer(Tomcat tomcat) {
		TomcatWebServer server = super.getTomcatWebServer(tomcat);
		if (this.pages.answeredWhileStarting()) {
			// the application's own start calls this again, which then does nothing
			server.start();
		}
		return server;
	}

}
