package com.mgsleep.kb.web.cache;

import com.mgsleep.kb.model.PagesWhileStarting;
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

	private final PagesWhileStarting whileStarting;

	/**
	 * @param pages the prepared pages
	 * @param whileStarting told once the server answers, when pages are answered while
	 * the application starts
	 */
	public PagesFirstTomcatFactory(PreparedPages pages, PagesWhileStarting whileStarting) {
		this.pages = pages;
		this.whileStarting = whileStarting;
	}

	@Override
	protected TomcatWebServer getTomcatWebServer(Tomcat tomcat) {
		TomcatWebServer server = super.getTomcatWebServer(tomcat);
		if (this.pages.answeredWhileStarting()) {
			// the application's own start calls this again, which then does nothing
			server.start();
		}
		if (this.whileStarting != null) {
			this.whileStarting.answering().complete(null);
		}
		return server;
	}

}
