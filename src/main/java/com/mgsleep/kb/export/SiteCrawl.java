package com.mgsleep.kb.export;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes every address of the site into the folder by following links: from the home
 * page, {@code /search}, the sitemap, {@code robots.txt}, the icon and the API lists,
 * every link of every page, stylesheet, sitemap and API document, each answer written
 * with the bytes the application sent. Finding addresses by links rather than from a list
 * means nothing a page links can be left out.
 * <p>
 * Addresses with a query string (the filters and later pages of {@code /claims}) cannot
 * be files: a static server answers them with the page at their path. They are counted,
 * not followed; everything they lead to is in the sitemap. {@code /search} is kept for
 * {@link StaticSearchPage}, and {@code /api/search} needs the application.
 */
final class SiteCrawl {

	static final String SEARCH = "/search";

	/** Far above the site's few hundred addresses; stops a crawl of generated links. */
	static final int MAX_ADDRESSES = 500_000;

	private static final String API_SEARCH = "/api/search";

	private final SiteReader site;

	private final ExportFolder out;

	private final Deque<String> queue = new ArrayDeque<>();

	private final Map<String, String> linkedFrom = new LinkedHashMap<>();

	private final Set<String> withQuery = new LinkedHashSet<>();

	private final List<String> broken = new ArrayList<>();

	private Fetched searchPage;

	private int pages;

	SiteCrawl(SiteReader site, ExportFolder out) {
		this.site = site;
		this.out = out;
	}

	void run() {
		// every page's search form leads to /search; the rest no page links
		for (String start : List.of("/", SEARCH, "/sitemap.xml", "/robots.txt", "/favicon.svg")) {
			visit(start, "(start)");
		}
		ApiDocuments.lists().forEach((list) -> visit(list, "(the API)"));
		while (!this.queue.isEmpty()) {
			if (this.linkedFrom.size() > MAX_ADDRESSES) {
				throw new ExportException("more than " + MAX_ADDRESSES + " addresses: the links keep making new ones,"
						+ " last " + this.queue.peekLast());
			}
			exportOne(this.queue.removeFirst());
		}
	}

	/** Each address that did not answer 200, with the page that links it. */
	List<String> broken() {
		return List.copyOf(this.broken);
	}

	/** The application's {@code /search} page, for the static one. */
	Fetched searchPage() {
		return this.searchPage;
	}

	int pages() {
		return this.pages;
	}

	int addressesWithQuery() {
		return this.withQuery.size();
	}

	/** Queues an address (a path with its query, percent-encoded) once. */
	private void visit(String address, String from) {
		if (!this.linkedFrom.containsKey(address)) {
			this.linkedFrom.put(address, from);
			this.queue.addLast(address);
		}
	}

	private void exportOne(String address) {
		URI uri = this.site.base().resolve(address);
		if (uri.getPath().equals(API_SEARCH)) {
			return;
		}
		if (uri.getRawQuery() != null) {
			this.withQuery.add(address);
			return;
		}
		Fetched answer = this.site.get(address);
		if (answer.status() != 200) {
			this.broken.add(address + " (" + answer.status() + ", linked from " + this.linkedFrom.get(address) + ")");
			return;
		}
		if (uri.getPath().equals(SEARCH)) {
			this.searchPage = answer;
			return;
		}
		this.out.write(ExportLayout.fileFor(uri.getPath(), answer), answer.body());
		if (answer.isHtml()) {
			this.pages++;
		}
		for (String link : Links.in(answer)) {
			follow(uri, link, address);
		}
		if (answer.isJson()) {
			ApiDocuments.itemsOf(uri.getPath(), answer.text()).forEach((item) -> visit(item, address));
		}
	}

	/** Follows a link when it points into the site, by a relative or absolute address. */
	private void follow(URI page, String link, String from) {
		URI target;
		try {
			target = page.resolve(link.strip().replace(" ", "%20"));
		}
		catch (IllegalArgumentException ex) {
			this.broken.add(link + " (not an address, linked from " + from + ")");
			return;
		}
		URI base = this.site.base();
		boolean here = base.getScheme().equals(target.getScheme())
				&& base.getRawAuthority().equals(target.getRawAuthority());
		// the sitemap and robots.txt name pages by the published address, not this one
		boolean published = (from.equals("/sitemap.xml") || from.equals("/robots.txt"))
				&& ("http".equals(target.getScheme()) || "https".equals(target.getScheme()));
		if ((here || published) && target.getRawPath() != null && !target.getRawPath().isEmpty()) {
			String query = (target.getRawQuery() != null) ? "?" + target.getRawQuery() : "";
			visit(target.getRawPath() + query, from);
		}
	}

}
