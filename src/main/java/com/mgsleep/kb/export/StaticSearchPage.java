package com.mgsleep.kb.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The search page of the static copy: the application's own {@code /search} page, so the
 * layout, header and footer are the site's, with its main content replaced by Pagefind's
 * search over the exported pages. Only this page differs from what the application
 * serves; its words come from the files in {@code export/} beside it on the class path.
 */
final class StaticSearchPage {

	/**
	 * The script that starts Pagefind's interface with the words of {@code ?q=}, and the
	 * style that gives it the site's colours, by where they go beside the page.
	 */
	static final Map<String, String> ASSETS = Map.of("search/search.js", "search.js", "search/search.css",
			"search.css");

	private static final Pattern MAIN = Pattern.compile("(<main\\b[^>]*>)(.*)(</main>)", Pattern.DOTALL);

	private StaticSearchPage() {
	}

	/**
	 * @param appPage the application's {@code /search} page without a query
	 * @param indexed whether Pagefind indexed the export; without an index the page says
	 * search is not available and points to the lists
	 * @return the page's bytes
	 */
	static byte[] of(String appPage, boolean indexed) {
		Matcher main = MAIN.matcher(appPage);
		int head = appPage.indexOf("</head>");
		if (!main.find() || head < 0 || head > main.start()) {
			throw new ExportException("the application's /search page has no <head> and <main> to build the static"
					+ " search page from");
		}
		String content = resource(indexed ? "search.html" : "search-unavailable.html");
		String page = appPage.substring(0, head) + (indexed ? resource("search-head.html") : "")
				+ appPage.substring(head, main.end(1)) + "\n" + content + "\t" + appPage.substring(main.start(3));
		return page.getBytes(StandardCharsets.UTF_8);
	}

	/** The bytes of one of the {@link #ASSETS}. */
	static byte[] asset(String file) {
		return resource(ASSETS.get(file)).getBytes(StandardCharsets.UTF_8);
	}

	private static String resource(String name) {
		try (InputStream in = StaticSearchPage.class.getResourceAsStream("/export/" + name)) {
			if (in == null) {
				throw new IllegalStateException("export/" + name + " is missing from the class path");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
