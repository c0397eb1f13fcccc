package com.mgsleep.kb.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.mgsleep.kb.article.Article;
import com.mgsleep.kb.article.ArticleRepository;
import com.mgsleep.kb.citation.Citation;
import com.mgsleep.kb.citation.CitationRepository;
import com.mgsleep.kb.claim.Claim;
import com.mgsleep.kb.claim.ClaimRepository;
import com.mgsleep.kb.claim.ReviewDateRepository;
import com.mgsleep.kb.claim.ReviewDateRepository.ReviewDate;
import com.mgsleep.kb.form.FormRepository;
import com.mgsleep.kb.topic.TopicRepository;
import com.mgsleep.kb.vocabulary.Outcome;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * {@code /sitemap.xml}: every page of the site, for search engines, each with the day
 * what it shows was last reviewed.
 */
@RestController
@EnableConfigurationProperties(SiteAddress.class)
class SitemapController {

	private static final List<String> FIXED_PAGES = List.of("/", "/articles", "/topics", "/claims", "/forms",
			"/dosages", "/sources", "/citations", "/disagreements", "/evidence", "/outcomes");

	private final ArticleRepository articles;

	private final TopicRepository topics;

	private final ClaimRepository claims;

	private final FormRepository forms;

	private final CitationRepository citations;

	private final ReviewDateRepository reviewDates;

	private final SiteAddress site;

	SitemapController(ArticleRepository articles, TopicRepository topics, ClaimRepository claims, FormRepository forms,
			CitationRepository citations, ReviewDateRepository reviewDates, SiteAddress site) {
		this.site = site;
		this.reviewDates = reviewDates;
		this.articles = articles;
		this.topics = topics;
		this.claims = claims;
		this.forms = forms;
		this.citations = citations;
	}

	@GetMapping(path = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
	String showSitemap() {
		List<Article> allArticles = this.articles.findAll(Sort.by("slug"));
		// Every list page is drawn from the articles' claims, so it changes when any of
		// them
		// is reviewed; the bibliography list is not reviewed by date and gets none.
		LocalDate latest = allArticles.stream()
			.map(Article::getLastReviewed)
			.filter(Objects::nonNull)
			.max(Comparator.naturalOrder())
			.orElse(null);
		Map<String, LocalDate> pages = new LinkedHashMap<>();
		FIXED_PAGES.forEach((path) -> pages.put(path, "/citations".equals(path) ? null : latest));
		allArticles.forEach((article) -> pages.put(article.getUrl(), article.getLastReviewed()));
		Arrays.stream(Outcome.values()).forEach((outcome) -> pages.put("/outcomes/" + outcome.getSlug(), latest));
		Map<String, LocalDate> topicDates = byKey(this.reviewDates.findTopicDates());
		this.topics.findAll(Sort.by("slug"))
			.forEach((topic) -> pages.put(topic.getUrl(), topicDates.get(topic.getSlug())));
		Map<String, LocalDate> formDates = byKey(this.reviewDates.findFormDates());
		this.forms.findAll(Sort.by("slug")).forEach((form) -> pages.put(form.getUrl(), formDates.get(form.getSlug())));
		Map<String, LocalDate> claimDates = byKey(this.reviewDates.findClaimDates());
		this.claims.findIdsInReadingOrder().forEach((id) -> pages.put(Claim.urlOf(id), claimDates.get(id)));
		Map<String, LocalDate> sourceDates = byKey(this.reviewDates.findSourceDates());
		this.claims.findAssertingSources()
			.forEach((source) -> pages.put(Citation.sourceUrlOf(source.getKey()), sourceDates.get(source.getKey())));
		Map<String, LocalDate> citationDates = byKey(this.reviewDates.findCitationDates());
		this.citations.findAll(Sort.by("key"))
			.forEach((citation) -> pages.put(citation.getPageUrl(), citationDates.get(citation.getKey())));
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
		pages.forEach((path, lastReviewed) -> {
			xml.append("  <url><loc>").append(HtmlUtils.htmlEscape(this.site.absolute(path))).append("</loc>");
			if (lastReviewed != null) {
				// ISO 8601 calendar dates are the W3C Datetime format sitemaps ask for.
				xml.append("<lastmod>").append(lastReviewed).append("</lastmod>");
			}
			xml.append("</url>\n");
		});
		return xml.append("</urlset>\n").toString();
	}

	private static Map<String, LocalDate> byKey(List<ReviewDate> dates) {
		Map<String, LocalDate> byKey = new HashMap<>();
		dates.forEach((date) -> byKey.put(date.key(), date.lastReviewed()));
		return byKey;
	}

}
