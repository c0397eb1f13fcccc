package com.mgsleep.kb.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Adds the security headers every response carries, error pages included.
 */
@Component
@Order(SecurityHeadersFilter.ORDER)
public class SecurityHeadersFilter extends OncePerRequestFilter {

	/** Early, so that every other filter's answer carries the headers. */
	static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 100;

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		addTo(response);
		chain.doFilter(request, response);
	}

	/**
	 * Sets the headers; also used for the answers Tomcat gives itself, so that every
	 * response carries the same ones whoever produces it.
	 */
	public static void addTo(HttpServletResponse response) {
		response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
		response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

}
