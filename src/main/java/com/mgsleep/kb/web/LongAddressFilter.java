package com.mgsleep.kb.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No address the site links to is longer than a few hundred characters. A far longer one
 * gets a 414 page here, before anything can copy it into a response header (a redirect's
 * {@code Location}) that the server then cannot send.
 */
@Component
@Order(SecurityHeadersFilter.ORDER + 1)
class LongAddressFilter extends OncePerRequestFilter {

	/** Far above any real address, well below the request header limit. */
	static final int MAX_LENGTH = 4096;

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String query = request.getQueryString();
		int length = request.getRequestURI().length() + ((query != null) ? query.length() + 1 : 0);
		if (length > MAX_LENGTH) {
			response.sendError(HttpServletResponse.SC_REQUEST_URI_TOO_LONG);
			return;
		}
		chain.doFilter(request, response);
	}

}
