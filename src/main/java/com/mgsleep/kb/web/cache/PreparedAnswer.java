package com.mgsleep.kb.web.cache;

import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;

import com.mgsleep.kb.search.SearchRequest;
import com.mgsleep.kb.web.SecurityHeadersFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * Which requests a prepared page can answer, and the answer itself, shared by the valve
 * that answers from memory and the filter that prepares pages on their first request.
 */
final class PreparedAnswer {

	/** Revalidate after five minutes: cheap, since the answer is then a 304. */
	static final String PAGE_CACHE_CONTROL = "public, max-age=300";

	/** Fingerprinted assets never change under their name. */
	static final String ASSET_CACHE_CONTROL = "public, max-age=31536000, immutable";

	private static final Pattern FINGERPRINTED = Pattern.compile(".*-[0-9a-f]{32}\\.(css|js)$");

	/**
	 * The paths the site links to: plain segments, nothing to decode or normalise. Any
	 * other spelling of a page (percent-escapes, dot segments, doubled slashes) still
	 * reaches it, through the controllers, but is never kept, so no request can add
	 * entries beyond the site's own pages.
	 */
	private static final Pattern CANONICAL = Pattern.compile("(/[A-Za-z0-9_~-][A-Za-z0-9._~-]*)*/?");

	private PreparedAnswer() {
	}

	/**
	 * The search API answers the same request with the same bytes until the content
	 * changes, so its answers are kept too, the most recent ones, by address. Its query
	 * can be no longer than this and still be a search the site answers.
	 */
	static final String SEARCH_API = "/api/search";

	private static final int MAX_KEPT_QUERY = 4 * SearchRequest.MAX_QUERY_LENGTH;

	/**
	 * What a request's answer is kept under, or {@code null} when it is not kept: GET or
	 * HEAD of a canonical path without a query string, outside search and the actuator,
	 * kept as a page; or of the search API with its query, kept as one of the most recent
	 * answers.
	 */
	static String keyOf(HttpServletRequest request) {
		String method = request.getMethod();
		if (!method.equals("GET") && !method.equals("HEAD")) {
			return null;
		}
		String path = request.getRequestURI();
		String query = request.getQueryString();
		if (query != null) {
			return (path.equals(SEARCH_API) && query.length() <= MAX_KEPT_QUERY) ? path + "?" + query : null;
		}
		return (!path.startsWith("/search") && !path.startsWith(SEARCH_API) && !path.startsWith("/actuator")
				&& CANONICAL.matcher(path).matches()) ? path : null;
	}

	/** Whether a key names a search answer rather than a page. */
	static boolean isSearchAnswer(String key) {
		return key.startsWith(SEARCH_API + "?");
	}

	/**
	 * Answers a request from a prepared page: its bytes, its gzip copy or a 304.
	 * @param page the page
	 * @param path its path, which tells an asset from a page
	 * @param request the request
	 * @param response the response, to which nothing has been written yet
	 * @throws IOException when the client has gone
	 */
	static void write(PreparedPage page, String path, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		// a page from memory passes no other filter, so it gets the site's headers here
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

}
