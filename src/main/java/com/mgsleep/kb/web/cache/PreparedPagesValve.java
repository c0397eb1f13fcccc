package com.mgsleep.kb.web.cache;

import java.io.IOException;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

import org.springframework.http.HttpHeaders;

/**
 * Answers prepared pages inside Tomcat, before the servlet machinery: no filter chain is
 * built, no servlet is called. A page not prepared yet, or a request it cannot answer,
 * goes on to the application, where {@link PreparedPagesFilter} renders and keeps it.
 */
public class PreparedPagesValve extends ValveBase {

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
			getNext().invoke(request, response);
			return;
		}
		PreparedAnswer.write(page, request.getRequestURI(), request, response);
	}

}
