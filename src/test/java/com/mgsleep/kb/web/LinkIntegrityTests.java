package com.mgsleep.kb.web;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.mgsleep.kb.SiteClient;
import com.mgsleep.kb.SiteOverRealContent;
import org.assertj.core.api.SoftAssertions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every link on the site leads somewhere: a crawl from the home page over the real
 * content, and the two-way links between claims and the references they cite.
 */
@SiteOverRealContent
class LinkIntegrityTests {

	/**
	 * Far more than the site has; stops a crawl that loops through generated addresses.
	 */
	private static final int MAX_ADDRESSES = 2000;

	@LocalServerPort
	private int port;

	private SiteClient site;

	@BeforeEach
	void connect() {
		this.site = new SiteClient(this.port);
	}

	@Test
	void crawlFromHomeThenEveryInternalLinkAnswersAndEveryAnchorExists() {
		Crawl crawl = new Crawl();
		crawl.run("/");
		SoftAssertions softly = new SoftAssertions();
		crawl.statuses.forEach((address, status) -> softly.assertThat(status)
			.as("GET %s, linked from %s", address, crawl.linkedFrom.get(address))
			.isEqualTo(200));
		crawl.anchors.forEach((anchor) -> softly.assertThat(crawl.ids.getOrDefault(anchor.page(), Set.of()))
			.as("#%s on %s, linked from %s", anchor.id(), anchor.page(), anchor.from())
			.contains(anchor.id()));
		softly.assertAll();
		assertThat(crawl.ids).as("HTML pages crawled").hasSizeGreaterThan(100);
		assertThat(crawl.anchors).as("links to an id checked").hasSizeGreaterThan(100);
		assertThat(crawl.statuses.keySet()).as("stylesheet, script and API reached")
			.anyMatch((address) -> address.startsWith("/css/site"))
			.anyMatch((address) -> address.startsWith("/js/site"))
			.contains("/api/claims");
	}

	@Test
	void crawlFromHomeThenReachesEveryPageOfTheSitemapAndTheSitemapListsEveryPage() {
		Crawl crawl = new Crawl();
		crawl.run("/");
		Set<String> crawled = crawl.ids.keySet()
			.stream()
			.filter((page) -> !page.contains("?"))
			.collect(Collectors.toSet());
		// the sitemap speaks of the published site's address, not the test server's
		Matcher loc = Pattern.compile("<loc>" + Pattern.quote("http://localhost:8080") + "([^<]*)</loc>")
			.matcher(this.site.get("/sitemap.xml").body());
		List<String> sitemap = new ArrayList<>();
		while (loc.find()) {
			sitemap.add(loc.group(1));
		}
		assertThat(crawled).as("pages reachable by links from the home page").containsAll(sitemap);
		assertThat(sitemap).as("pages in the sitemap").containsAll(crawled);
	}

	@Test
	@SuppressWarnings("unchecked")
	void everyClaimPageLinksEachReferenceTheClaimCites() {
		List<Map<String, Object>> claims = this.site.getList("/api/claims");
		assertThat(claims).isNotEmpty();
		SoftAssertions softly = new SoftAssertions();
		for (Map<String, Object> claim : claims) {
			Set<String> links = linksOn((String) claim.get("url"));
			for (Map<String, Object> citation : (List<Map<String, Object>>) claim.get("citations")) {
				softly.assertThat(links)
					.as("links on %s", claim.get("url"))
					.contains("/citations/" + citation.get("key"));
			}
		}
		softly.assertAll();
	}

	@Test
	@SuppressWarnings("unchecked")
	void everyReferencePageLinksBackToEachClaimCitingIt() {
		List<Map<String, Object>> citations = this.site.getList("/api/citations");
		assertThat(citations).isNotEmpty();
		SoftAssertions softly = new SoftAssertions();
		for (Map<String, Object> citation : citations) {
			String page = "/citations/" + citation.get("key");
			Set<String> links = linksOn(page);
			for (Map<String, Object> claim : (List<Map<String, Object>>) citation.get("claims")) {
				softly.assertThat(links).as("links on %s", page).contains("/claims/" + claim.get("id"));
			}
		}
		softly.assertAll();
	}

	private Set<String> linksOn(String page) {
		HttpResponse<String> response = this.site.get(page);
		assertThat(response.statusCode()).as("GET %s", page).isEqualTo(200);
		return Jsoup.parse(response.body())
			.select("a[href]")
			.stream()
			.map((link) -> link.attr("href"))
			.collect(Collectors.toSet());
	}

	/**
	 * A breadth-first walk over every address on this host that a page links to. HTML
	 * pages are read for more links; anything else (the JSON API, downloads, the
	 * stylesheet) is only requested.
	 */
	private final class Crawl {

		final Map<String, Integer> statuses = new LinkedHashMap<>();

		final Map<String, String> linkedFrom = new HashMap<>();

		final Map<String, Set<String>> ids = new LinkedHashMap<>();

		final List<Anchor> anchors = new ArrayList<>();

		void run(String start) {
			Deque<String> queue = new ArrayDeque<>(List.of(start));
			this.linkedFrom.put(start, "(start)");
			while (!queue.isEmpty() && this.statuses.size() < MAX_ADDRESSES) {
				String address = queue.removeFirst();
				HttpResponse<String> response = LinkIntegrityTests.this.site.get(address);
				this.statuses.put(address, response.statusCode());
				boolean html = response.headers().firstValue("Content-Type").orElse("").startsWith("text/html");
				if (response.statusCode() != 200 || !html || address.startsWith("/api/")) {
					continue;
				}
				Document page = Jsoup.parse(response.body(), LinkIntegrityTests.this.site.baseUrl() + address);
				this.ids.put(address, page.select("[id]").stream().map(Element::id).collect(Collectors.toSet()));
				for (Element link : page.select("a[href], link[href], script[src], img[src]")) {
					String target = link.hasAttr("href") ? link.attr("href") : link.attr("src");
					follow(address, target, queue);
				}
			}
		}

		private void follow(String from, String href, Deque<String> queue) {
			URI uri = URI.create(LinkIntegrityTests.this.site.baseUrl() + from).resolve(href.replace(" ", "%20"));
			if (!"localhost".equals(uri.getHost()) || uri.getPort() != LinkIntegrityTests.this.port) {
				return;
			}
			String address = uri.getRawPath() + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
			if (uri.getRawFragment() != null) {
				this.anchors.add(new Anchor(address, uri.getFragment(), from));
			}
			if (!this.linkedFrom.containsKey(address)) {
				this.linkedFrom.put(address, from);
				queue.addLast(address);
			}
		}

	}

	private record Anchor(String page, String id, String from) {
	}

}
