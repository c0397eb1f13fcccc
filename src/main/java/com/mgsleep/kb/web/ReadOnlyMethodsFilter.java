package com.mgsleep.kb.web;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The site is read-only: any method but GET, HEAD and OPTIONS gets a 405 that says so,
 * with the {@code Allow} header every address really has (the servlet's own answer to
 * TRACE listed methods no address accepts).
 */
@Component
@Order(SecurityHeadersFilter.ORDER + 1)
class ReadOnlyMethodsFilter extends OncePerRequestFilter {

	static final String ALLOW = "GET, HEAD, OPTIONS";

	private static final Set<String> ALLOWED = Set.of("GET", "HEAD", "OPTIONS");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (ALLOWED.contains(request.getMethod())) {
			chain.doFilter(request, response);
			return;
		}
		response.setHeader("Allow", ALLOW);
		response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
	}

}
