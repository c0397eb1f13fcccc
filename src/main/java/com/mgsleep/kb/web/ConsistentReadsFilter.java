package com.mgsleep.kb.web;

import java.io.IOException;

import com.mgsleep.kb.model.LiveReload;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds a live reload back while a request is being answered, and the request back while
 * a reload replaces the knowledge base, so that every answer comes wholly from one
 * version of the content: its queries, its search and the pages kept for it.
 */
class ConsistentReadsFilter extends OncePerRequestFilter {

	private final LiveReload liveReload;

	ConsistentReadsFilter(LiveReload liveReload) {
		this.liveReload = liveReload;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		this.liveReload.reading().lock();
		try {
			chain.doFilter(request, response);
		}
		finally {
			this.liveReload.reading().unlock();
		}
	}

}
