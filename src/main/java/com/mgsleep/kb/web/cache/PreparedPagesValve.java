package com.mgsleep.kb.web.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import com.mgsleep.kb.web.SecurityHeadersFilter;
import org.apache.catalina.valves.ValveBase;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * Answers prepared pages inside Tomcat, before the servlet machinery: no filter chain is
 * built, no servlet is called. A page not prepared yet, or a request it cannot answer,
 * goes on to the application, where {@link PreparedPagesFilter} renders and keeps it.
 * While the application starts with pages from a {@link PageSnapshot}, those are answered
 * and every other request waits for the start.
 */
public class PreparedPagesValve extends ValveBase {

	/** Longer than a start takes on a slow machine; past it, a 503. */
	static final Duration START_WAIT = Duration.ofSeconds(30);

	private final PreparedPages pages;

	public PreparedPagesValve(PreparedPages pages) {
		super(true);
		this.pages = pages;
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		String key = PreparedAnswer.keyOf(request);
		PreparedPage page = (key != null) ? this.pages.get(key) : null;
		if (page == null || !PreparedAnswer.accepts(request.getHeader(HttpHeaders.ACCEPT), page)) {
			if (!this.pages.awaitReady(START_WAIT)) {
				stillStarting(response);
				return;
			}
			getNext().invoke(request, response);
			return;
		}
		PreparedAnswer.write(page, request.getRequestURI(), request, response);
	}

	private static void stillStarting(Response response) throws IOException {
		SecurityHeadersFilter.addTo(response);
		response.setStatus(503);
		response.setHeader(HttpHeaders.RETRY_AFTER, "5");
		response.setContentType(MediaType.TEXT_PLAIN_VALUE + ";charset=UTF-8");
		response.getOutputStream()
			.write("The site is starting; try again in a few seconds.\n".getBytes(StandardCharsets.UTF_8));
	}

}
