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
 * The OpenAPI UI's entry address redirects with the request's query copied into
 * {@code Location}; a query of several kilobytes made a header too large to send, and the
 * server answered 500. No link to the UI carries more than a few hundred characters, so a
 * far longer address there gets a 414 page instead. Elsewhere long addresses reach the
 * pages, which answer them with their own 400 or 404.
 */
@Component
@Order(SecurityHeadersFilter.ORDER + 1)
class LongAddressFilter extends OncePerRequestFilter {

	/** Far above any real address, well below the request header limit. */
	static final int MAX_LENGTH = 4096;

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith("/swagger-ui");
	}

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
