package com.mgsleep.kb.export;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class StaticSearchPageTests {

	private static final String APP_PAGE = "<!DOCTYPE html>\n<html><head><title>Search</title>"
			+ "<link rel=\"stylesheet\" href=\"/css/site-1.css\"></head>\n<body><header>site header</header>"
			+ "<main id=\"main\" class=\"wrap\"><section><form action=\"/search\"></form>"
			+ "<a href=\"/search?topic=x\">topic</a></section></main><footer>site footer</footer></body></html>";

	@Test
	void ofWhenIndexedThenTheAppsLayoutWithPagefindInItsMain() {
		String page = text(StaticSearchPage.of(APP_PAGE, true));
		assertThat(page).startsWith("<!DOCTYPE html>\n<html><head><title>Search</title>")
			.contains("<header>site header</header>", "<footer>site footer</footer>",
					"<main id=\"main\" class=\"wrap\">", "<div id=\"search\"")
			.doesNotContain("/search?topic=x", "<form");
		String head = page.substring(0, page.indexOf("</head>"));
		assertThat(head).contains("href=\"/pagefind/pagefind-ui.css\"", "src=\"/pagefind/pagefind-ui.js\"")
			.contains(StaticSearchPage.ASSETS.keySet().stream().map((file) -> "=\"/" + file + "\"").toList());
	}

	@Test
	void ofWhenNotIndexedThenSaysSoWithoutPagefind() {
		String page = text(StaticSearchPage.of(APP_PAGE, false));
		assertThat(page).contains("<header>site header</header>", "Search is not available in this copy")
			.doesNotContain("pagefind", "search.js", "/search?topic=x");
	}

	@Test
	void ofWhenPageHasNoMainThenRefused() {
		assertThatExceptionOfType(ExportException.class)
			.isThrownBy(() -> StaticSearchPage.of("<html><head></head><body>no main</body></html>", true))
			.withMessageContaining("/search");
	}

	private static String text(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}

}
