package com.mgsleep.kb.export;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The export against a small stand-in for the application: what it follows, what it
 * leaves to a server, and how it fails when the copy would have a broken link.
 */
class StaticExportFailureTests {

	private static final String LAYOUT = "<!DOCTYPE html><html><head><title>%s</title></head><body>"
			+ "<main>%s</main></body></html>";

	@TempDir
	Path temp;

	private final Map<String, String[]> answers = new HashMap<>();

	private final List<String> requested = new CopyOnWriteArrayList<>();

	private HttpServer app;

	@BeforeEach
	void startStandIn() throws IOException {
		page("/search", "<form></form>");
		answer("/sitemap.xml", "application/xml", "<urlset><url><loc>https://example.org/a</loc></url></urlset>");
		answer("/robots.txt", "text/plain", "Sitemap: https://example.org/sitemap.xml\n");
		answer("/favicon.svg", "image/svg+xml", "<svg/>");
		ApiDocuments.lists().forEach((list) -> answer(list, "application/json", "[]"));
		page("/a", "<a href=\"/\">home</a>");
		this.app = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.app.createContext("/", (exchange) -> {
			try (exchange) {
				String address = exchange.getRequestURI().toString();
				this.requested.add(address);
				String[] answer = this.answers.getOrDefault(address,
						new String[] { "404", "text/html", LAYOUT.formatted("Not found", "") });
				byte[] body = answer[2].getBytes(StandardCharsets.UTF_8);
				exchange.getResponseHeaders().set("Content-Type", answer[1]);
				if (answer[0].equals("301")) {
					exchange.getResponseHeaders().set("Location", "/a");
				}
				exchange.sendResponseHeaders(Integer.parseInt(answer[0]), body.length);
				exchange.getResponseBody().write(body);
			}
		});
		this.app.start();
	}

	@AfterEach
	void stopStandIn() {
		this.app.stop(0);
	}

	@Test
	void exportWhenLinksWorkThenWritesEveryAddressAndLeavesQueriesAndSearchApiToAServer() throws IOException {
		page("/", "<a href=\"/a\">a</a> <a href=\"/a?page=2\">2</a> <a href=\"/api/search?q=x\">api</a>"
				+ " <a href=\"https://example.org/elsewhere\">out</a> <a href=\"mailto:x@example.org\">mail</a>");
		ExportSummary summary = export();
		Path site = this.temp.resolve("site");
		assertThat(site.resolve("index.html")).hasContent(this.answers.get("/")[2]);
		assertThat(site.resolve("a/index.html")).hasContent(this.answers.get("/a")[2]);
		assertThat(site.resolve("api/claims/index.json")).hasContent("[]");
		assertThat(site.resolve("404.html")).hasContent(LAYOUT.formatted("Not found", ""));
		assertThat(Files.readString(site.resolve("search/index.html"))).contains("Search is not available");
		assertThat(this.requested).doesNotContain("/a?page=2", "/api/search?q=x", "/elsewhere");
		assertThat(summary.pages()).isEqualTo(2);
		assertThat(summary.addressesWithQuery()).isEqualTo(1);
		assertThat(summary.searchIndexed()).isFalse();
	}

	@Test
	void exportWhenALinkIsBrokenThenFailsNamingItAndThePageLinkingIt() {
		page("/", "<a href=\"/missing\">gone</a> <a href=\"/a\">a</a>");
		assertThatExceptionOfType(ExportException.class).isThrownBy(this::export)
			.withMessageStartingWith("1 linked addresses do not answer 200")
			.withMessageEndingWith(": /missing (404, linked from /)");
	}

	@Test
	void exportWhenALinkRedirectsThenFailsSinceACopyCannotRedirect() {
		page("/", "<a href=\"/old\">old</a>");
		this.answers.put("/old", new String[] { "301", "text/html", "" });
		assertThatExceptionOfType(ExportException.class).isThrownBy(this::export)
			.withMessageContaining("/old (301, linked from /)");
	}

	@Test
	void exportWhenSitemapNamesAMissingPageThenFailsNamingTheSitemap() {
		page("/", "<a href=\"/a\">a</a>");
		answer("/sitemap.xml", "application/xml", "<urlset><url><loc>https://example.org/gone</loc></url></urlset>");
		assertThatExceptionOfType(ExportException.class).isThrownBy(this::export)
			.withMessageContaining("/gone (404, linked from /sitemap.xml)");
	}

	private ExportSummary export() {
		URI base = URI.create("http://127.0.0.1:" + this.app.getAddress().getPort());
		return new StaticExport(base, null).export(this.temp.resolve("site"));
	}

	private void page(String path, String main) {
		answer(path, "text/html;charset=UTF-8", LAYOUT.formatted(path, main));
	}

	private void answer(String path, String type, String body) {
		this.answers.put(path, new String[] { "200", type, body });
	}

}
