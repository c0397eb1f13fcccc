package com.mgsleep.kb.web.cache;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Answers every page that depends only on the content from memory: the first request
 * renders it through the controllers and templates as usual, and every later one gets the
 * same bytes (gzip-compressed when the client accepts it), or a 304 when its
 * {@code If-None-Match} names them. The search API's most recent answers are kept the
 * same way; the search page and any other request with a query string are dynamic and
 * pass through.
 */
public class PreparedPagesFilter extends OncePerRequestFilter {

	/** Headers the filter writes itself, or the server does. */
	private static final Set<String> OWN_HEADERS = Set.of("etag", "vary", "cache-control", "content-length",
			"content-encoding", "date", "transfer-encoding");

	/**
	 * Longer than any page takes to render; past it, a waiting request renders it itself.
	 */
	private static final long RENDER_WAIT_SECONDS = 30;

	private final PreparedPages pages;

	private final Map<String, CompletableFuture<PreparedPage>> rendering = new ConcurrentHashMap<>();

	public PreparedPagesFilter(PreparedPages pages) {
		this.pages = pages;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return PreparedAnswer.keyOf(request) == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = PreparedAnswer.keyOf(request);
		PreparedPage page = this.pages.get(key);
		if (page == null) {
			CompletableFuture<PreparedPage> mine = new CompletableFuture<>();
			CompletableFuture<PreparedPage> under = this.rendering.putIfAbsent(key, mine);
			if (under == null) {
				page = renderOnce(key, mine, request, response, chain);
				if (page != null) {
					PreparedAnswer.write(page, request.getRequestURI(), request, response);
				}
				return;
			}
			// null when the other render was not kept (an error page, say): this request
			// is then answered on its own
			page = awaitOther(under);
		}
		if (page == null || !PreparedAnswer.accepts(request.getHeader(HttpHeaders.ACCEPT), page)) {
			// another representation, or a 406: the controllers decide, as without the
			// cache
			chain.doFilter(request, response);
			return;
		}
		PreparedAnswer.write(page, request.getRequestURI(), request, response);
	}

	/**
	 * Renders a page that no other request is rendering. Readers who ask for a page while
	 * it renders wait for it rather than render it too: a page's first render takes
	 * memory and time, and many at once (after a start, or a link shared widely) filled
	 * the heap.
	 */
	private PreparedPage renderOnce(String key, CompletableFuture<PreparedPage> mine, HttpServletRequest request,
			HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
		PreparedPage page = null;
		try {
			page = render(key, request, response, chain);
			return page;
		}
		finally {
			this.rendering.remove(key, mine);
			mine.complete(page);
		}
	}

	/** The page another request is rendering, or {@code null} if it was not kept. */
	private static PreparedPage awaitOther(CompletableFuture<PreparedPage> under) {
		try {
			return under.get(RENDER_WAIT_SECONDS, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
		catch (ExecutionException | TimeoutException ex) {
			return null;
		}
	}

	/**
	 * Renders through the rest of the chain; a page is kept only when it rendered fully
	 * and successfully. Anything else is passed on as it came.
	 */
	private PreparedPage render(String key, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		Set<String> before = lowerCase(response.getHeaderNames());
		Capture capture = new Capture(response);
		chain.doFilter(request, capture);
		if (capture.getStatus() != HttpServletResponse.SC_OK || response.isCommitted()) {
			capture.copyBodyToResponse();
			return null;
		}
		List<Map.Entry<String, String>> headers = new ArrayList<>();
		for (String name : response.getHeaderNames()) {
			String lower = name.toLowerCase(Locale.ROOT);
			if (!before.contains(lower) && !OWN_HEADERS.contains(lower)) {
				response.getHeaders(name).forEach((value) -> headers.add(Map.entry(name, value)));
			}
		}
		if (capture.getContentType() != null
				&& headers.stream().noneMatch((h) -> h.getKey().equalsIgnoreCase(HttpHeaders.CONTENT_TYPE))) {
			headers.add(Map.entry(HttpHeaders.CONTENT_TYPE, capture.getContentType()));
		}
		if (capture.language != null) {
			headers.add(Map.entry(HttpHeaders.CONTENT_LANGUAGE, capture.language.toLanguageTag()));
		}
		PreparedPage page = PreparedPage.of(capture.getContentAsByteArray(), headers);
		this.pages.put(key, page);
		// the captured body is answered below like any prepared page
		capture.resetBuffer();
		return page;
	}

	private static Set<String> lowerCase(Iterable<String> names) {
		Set<String> lower = new HashSet<>();
		names.forEach((name) -> lower.add(name.toLowerCase(Locale.ROOT)));
		return lower;
	}

	/**
	 * The rendered response, and the locale the view gave it: the server writes that as
	 * {@code Content-Language} only when the response is sent, so it is not among the
	 * headers to copy.
	 */
	private static final class Capture extends ContentCachingResponseWrapper {

		private Locale language;

		Capture(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void setLocale(Locale locale) {
			super.setLocale(locale);
			this.language = locale;
		}

	}

}
