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

	/**
	 * The API's UI (swagger-ui, served from the application under {@code /swagger-ui/})
	 * adds a {@code <style>} element as it renders; only there are inline styles allowed.
	 * Scripts stay as strict as on every other page.
	 */
	static final String API_UI_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self'",
			"style-src 'self' 'unsafe-inline'");

	static final String API_UI_PATH = "/swagger-ui/";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		addTo(response);
		if (request.getRequestURI().startsWith(API_UI_PATH)) {
			response.setHeader("Content-Security-Policy", API_UI_CONTENT_SECURITY_POLICY);
		}
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
