package com.mgsleep.kb.export;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LinksTests {

	@Test
	void inWhenHtmlThenEveryHrefAndSrcWithEntitiesDecoded() {
		String html = "<html><head><link rel=\"stylesheet\" href=\"/css/site-1.css\"><script src=\"/js/site-2.js\">"
				+ "</script></head><body><a href=\"/claims?verdict=limited&amp;page=2\">x</a>"
				+ "<img src=\"/favicon.svg\" alt=\"\"><a href=\"#main\">skip</a><a>no link</a></body></html>";
		assertThat(Links.in(answer("text/html;charset=UTF-8", html))).containsExactly("/css/site-1.css",
				"/js/site-2.js", "/claims?verdict=limited&page=2", "/favicon.svg", "#main");
	}

	@Test
	void inWhenSitemapThenEveryLocUnescaped() {
		String xml = "<?xml version=\"1.0\"?><urlset><url><loc>https://example.org/</loc></url>"
				+ "<url><loc>https://example.org/a?x=1&amp;y=2</loc></url></urlset>";
		assertThat(Links.in(answer("application/xml", xml))).containsExactly("https://example.org/",
				"https://example.org/a?x=1&y=2");
	}

	@Test
	void inWhenRobotsThenTheSitemapLine() {
		assertThat(Links.in(answer("text/plain;charset=UTF-8",
				"User-agent: *\nAllow: /\nSitemap: https://example.org/sitemap.xml\n")))
			.containsExactly("https://example.org/sitemap.xml");
	}

	@Test
	void inWhenStylesheetThenEveryUrl() {
		assertThat(Links.in(answer("text/css", "a{background:url(/img/a.svg)} b{src:url( \"../f.woff2\" )}")))
			.containsExactly("/img/a.svg", "../f.woff2");
	}

	@Test
	void inWhenJsonThenOnlyUrlFieldsAtAnyDepth() {
		String json = "[{\"id\":\"/not-a-link\",\"url\":\"/claims/a\",\"citations\":[{\"url\":\"https://doi.org/x\"}]},"
				+ "{\"url\":null,\"nested\":{\"url\":\"/topics/b\"}}]";
		assertThat(Links.in(answer("application/json", json))).containsExactly("/claims/a", "https://doi.org/x",
				"/topics/b");
	}

	@Test
	void inWhenOtherTypeThenNone() {
		assertThat(Links.in(answer("application/x-bibtex", "@article{x, url = {/claims/a}}"))).isEmpty();
	}

	private static Fetched answer(String contentType, String body) {
		return new Fetched(200, contentType, body.getBytes(StandardCharsets.UTF_8));
	}

}
