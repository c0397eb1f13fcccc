package com.mgsleep.kb.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A breadth-first walk over a static copy as a reader's browser sees it: from the home
 * page, every page of the sitemap and a search from the header form, every link and asset
 * of every page, redirects followed and relative links resolved against where they led.
 */
final class CopyCrawl {

	private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

	private final Map<String, Integer> statuses = new LinkedHashMap<>();

	private final Map<String, String> linkedFrom = new LinkedHashMap<>();

	private final Set<String> withQuery = new TreeSet<>();

	private final URI base;

	private int pages;

	private CopyCrawl(String baseUrl) {
		this.base = URI.create(baseUrl);
	}

	/** Crawls the copy at an address such as {@code http://localhost:41234}. */
	static CopyCrawl run(String baseUrl, String accept) {
		CopyCrawl crawl = new CopyCrawl(baseUrl);
		crawl.crawl(accept);
		return crawl;
	}

	/** The status of every address reached, after redirects. */
	Map<String, Integer> statuses() {
		return this.statuses;
	}

	Map<String, String> linkedFrom() {
		return this.linkedFrom;
	}

	/** The links with a query string on the pages, the search page's own not counted. */
	Set<String> withQuery() {
		return this.withQuery;
	}

	int pages() {
		return this.pages;
	}

	/** A GET, redirects followed. */
	static HttpResponse<byte[]> get(String url, String accept) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).build();
		try {
			return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private void crawl(String accept) {
		Deque<String> queue = new ArrayDeque<>(List.of("/", "/search?q=glycinate"));
		Matcher loc = Pattern.compile("<loc>https?://[^/<]+([^<]*)</loc>")
			.matcher(new String(get(this.base + "/sitemap.xml", "*/*").body(), StandardCharsets.UTF_8));
		while (loc.find()) {
			queue.add(loc.group(1));
		}
		queue.forEach((address) -> this.linkedFrom.put(address, "(start)"));
		while (!queue.isEmpty()) {
			String address = queue.removeFirst();
			HttpResponse<byte[]> response = get(this.base + address, accept);
			this.statuses.put(address, response.statusCode());
			if (response.statusCode() != 200
					|| !response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
				continue;
			}
			this.pages++;
			Document page = Jsoup.parse(new String(response.body(), StandardCharsets.UTF_8), response.uri().toString());
			for (Element link : page.select("[href], [src]")) {
				follow(URI.create(link.absUrl(link.hasAttr("href") ? "href" : "src").replace(" ", "%20")), address,
						queue);
			}
		}
	}

	private void follow(URI target, String from, Deque<String> queue) {
		if (!"localhost".equals(target.getHost()) || target.getPort() != this.base.getPort()) {
			return;
		}
		String address = target.getRawPath() + ((target.getRawQuery() != null) ? "?" + target.getRawQuery() : "");
		if (target.getRawQuery() != null && !from.startsWith("/search")) {
			this.withQuery.add(address);
		}
		if (!this.linkedFrom.containsKey(address)) {
			this.linkedFrom.put(address, from);
			queue.addLast(address);
		}
	}

}
