package com.mgsleep.kb.web.cache;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.mgsleep.kb.web.SecurityHeadersFilter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Answers every page that depends only on the content from memory: the first request
 * renders it through the controllers and templates as usual, and every later one gets the
 * same bytes (gzip-compressed when the client accepts it), or a 304 when its
 * {@code If-None-Match} names them. Search and any request with a query string are
 * dynamic and pass through.
 */
public class PreparedPagesFilter extends OncePerRequestFilter {

	/** Revalidate after five minutes: cheap, since the answer is then a 304. */
	static final String PAGE_CACHE_CONTROL = "public, max-age=300";

	/** Fingerprinted assets never change under their name. */
	static final String ASSET_CACHE_CONTROL = "public, max-age=31536000, immutable";

	private static final Pattern FINGERPRINTED = Pattern.compile(".*-[0-9a-f]{32}\\.(css|js)$");

	/** Headers the filter writes itself, or the server does. */
	private static final Set<String> OWN_HEADERS = Set.of("etag", "vary", "cache-control", "content-length",
			"content-encoding", "date", "transfer-encoding");

	private final PreparedPages pages;

	public PreparedPagesFilter(PreparedPages pages) {
		this.pages = pages;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		String path = request.getRequestURI();
		return !(method.equals("GET") || method.equals("HEAD")) || request.getQueryString() != null
				|| path.startsWith("/search") || path.startsWith("/api/search") || path.startsWith("/actuator");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI();
		PreparedPage page = this.pages.get(path);
		if (page != null && !accepts(request.getHeader(HttpHeaders.ACCEPT), page)) {
			// another representation, or a 406: the controllers decide, as without the
			// cache
			chain.doFilter(request, response);
			return;
		}
		if (page == null) {
			page = render(path, request, response, chain);
			if (page == null) {
				return;
			}
		}
		answer(page, path, request, response);
	}

	/**
	 * Renders through the rest of the chain; a page is kept only when it rendered fully
	 * and successfully. Anything else is passed on as it came.
	 */
	private PreparedPage render(String path, HttpServletRequest request, HttpServletResponse response,
			FilterChain chain) throws IOException, ServletException {
		Set<String> before = lowerCase(response.getHeaderNames());
		ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
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
		PreparedPage page = PreparedPage.of(capture.getContentAsByteArray(), headers);
		this.pages.put(path, page);
		// the captured body is answered below like any prepared page
		capture.resetBuffer();
		return page;
	}

	private void answer(PreparedPage page, String path, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		// this filter runs first of all, so a page from memory gets the site's headers
		// here
		SecurityHeadersFilter.addTo(response);
		page.headers().forEach((header) -> response.setHeader(header.getKey(), header.getValue()));
		response.setHeader(HttpHeaders.ETAG, page.etag());
		response.setHeader(HttpHeaders.CACHE_CONTROL,
				FINGERPRINTED.matcher(path).matches() ? ASSET_CACHE_CONTROL : PAGE_CACHE_CONTROL);
		if (page.gzipped() != null) {
			response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		}
		if (page.matches(request.getHeader(HttpHeaders.IF_NONE_MATCH))) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		byte[] body = page.body();
		if (page.gzipped() != null && acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING))) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
			body = page.gzipped();
		}
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentLength(body.length);
		if (!request.getMethod().equals("HEAD")) {
			response.getOutputStream().write(body);
		}
	}

	/** Whether a request's {@code Accept} admits the prepared page's media type. */
	static boolean accepts(String accept, PreparedPage page) {
		if (accept == null || accept.isBlank() || accept.equals("*/*") || page.contentType() == null) {
			return true;
		}
		try {
			MediaType type = MediaType.parseMediaType(page.contentType());
			return MediaType.parseMediaTypes(accept)
				.stream()
				.anyMatch((wanted) -> wanted.getQualityValue() > 0 && wanted.isCompatibleWith(type));
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	/** Whether {@code Accept-Encoding} allows gzip, honouring {@code q=0}. */
	static boolean acceptsGzip(String acceptEncoding) {
		if (acceptEncoding == null) {
			return false;
		}
		for (String part : acceptEncoding.split(",")) {
			String[] pieces = part.strip().split(";");
			String coding = pieces[0].strip().toLowerCase(Locale.ROOT);
			if (coding.equals("gzip") || coding.equals("*")) {
				for (int i = 1; i < pieces.length; i++) {
					String parameter = pieces[i].strip().replace(" ", "");
					if (parameter.matches("q=0(\\.0{0,3})?")) {
						return false;
					}
				}
				return true;
			}
		}
		return false;
	}

	private static Set<String> lowerCase(Iterable<String> names) {
		Set<String> lower = new HashSet<>();
		names.forEach((name) -> lower.add(name.toLowerCase(Locale.ROOT)));
		return lower;
	}

}
