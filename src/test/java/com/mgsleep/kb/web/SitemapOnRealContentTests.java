package com.mgsleep.kb.web;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;

import com.mgsleep.kb.SiteClient;
import com.mgsleep.kb.SiteOverRealContent;
import com.mgsleep.kb.content.markdown.ContentParser;
import com.mgsleep.kb.content.markdown.ParsedArticle;
import com.mgsleep.kb.content.markdown.ParsedClaim;
import com.mgsleep.kb.content.markdown.ParsedKnowledgeBase;
import com.mgsleep.kb.vocabulary.Outcome;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sitemap over the real content: valid against the sitemaps.org schema, and every
 * page's {@code lastmod} the last-reviewed date of the articles behind what it shows,
 * worked out here from the Markdown itself.
 */
@SiteOverRealContent
class SitemapOnRealContentTests {

	private static final String SITE = "http://localhost:8080";

	@LocalServerPort
	private int port;

	@Test
	void sitemapThenEveryPageDatedByTheLatestReviewOfWhatItShows() throws Exception {
		String xml = new SiteClient(this.port).get("/sitemap.xml", "application/xml").body();
		Map<String, String> pages = SitemapDocument.read(xml);
		ParsedKnowledgeBase content = new ContentParser().parse(Path.of("content")).knowledgeBase();
		Map<String, LocalDate> expected = new HashMap<>();
		for (ParsedArticle article : content.articles()) {
			expected.put("/articles/" + article.slug(), article.lastReviewed());
			for (ParsedClaim claim : article.claims()) {
				LocalDate reviewed = article.lastReviewed();
				BiConsumer<String, LocalDate> latest = (path, date) -> expected.merge(path, date,
						(a, b) -> (a.isAfter(b)) ? a : b);
				expected.put("/claims/" + claim.id(), reviewed);
				claim.topics().forEach((slug) -> latest.accept("/topics/" + slug, reviewed));
				claim.forms().forEach((slug) -> latest.accept("/forms/" + slug, reviewed));
				for (ParsedClaim.Citation citation : claim.citations()) {
					latest.accept("/citations/" + citation.use().key(), reviewed);
					if ("asserted-by".equals(citation.role())) {
						latest.accept("/sources/" + citation.use().key(), reviewed);
					}
				}
			}
		}
		LocalDate newest = content.articles()
			.stream()
			.map(ParsedArticle::lastReviewed)
			.filter(Objects::nonNull)
			.max(Comparator.naturalOrder())
			.orElseThrow();
		List.of("/", "/claims", "/topics", "/forms", "/sources", "/articles", "/dosages", "/disagreements", "/evidence",
				"/outcomes")
			.forEach((path) -> expected.put(path, newest));
		Arrays.stream(Outcome.values()).forEach((outcome) -> expected.put("/outcomes/" + outcome.getSlug(), newest));
		assertThat(pages).as("pages in the sitemap").hasSizeGreaterThan(expected.size() / 2);
		pages.forEach((loc, lastmod) -> {
			assertThat(loc).startsWith(SITE + "/");
			LocalDate date = expected.get(loc.substring(SITE.length()));
			assertThat(lastmod).as("lastmod of %s", loc).isEqualTo((date != null) ? date.toString() : null);
		});
		assertThat(pages).as("every claim page, dated")
			.containsKeys(content.claims().map((claim) -> SITE + "/claims/" + claim.id()).toArray(String[]::new));
		assertThat(pages.values()).as("pages with a review date").filteredOn(Objects::nonNull).hasSizeGreaterThan(100);
	}

}
