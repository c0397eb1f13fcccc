package com.mgsleep.kb.web;

import java.util.ArrayList;
import java.util.List;

import com.mgsleep.kb.article.Article;
import com.mgsleep.kb.article.ArticleRepository;
import com.mgsleep.kb.citation.Citation;
import com.mgsleep.kb.citation.CitationRepository;
import com.mgsleep.kb.claim.Claim;
import com.mgsleep.kb.claim.ClaimRepository;
import com.mgsleep.kb.form.FormRepository;
import com.mgsleep.kb.form.MagnesiumForm;
import com.mgsleep.kb.topic.Topic;
import com.mgsleep.kb.topic.TopicRepository;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * {@code /sitemap.xml}: every page of the site, for search engines.
 */
@RestController
@EnableConfigurationProperties(SiteAddress.class)
class SitemapController {

	private static final List<String> FIXED_PAGES = List.of("/", "/articles", "/topics", "/claims", "/forms",
			"/dosages", "/sources", "/citations", "/disagreements");

	private final ArticleRepository articles;

	private final TopicRepository topics;

	private final ClaimRepository claims;

	private final FormRepository forms;

	private final CitationRepository citations;

	private final SiteAddress site;

	SitemapController(ArticleRepository articles, TopicRepository topics, ClaimRepository claims, FormRepository forms,
			CitationRepository citations, SiteAddress site) {
		this.site = site;
		this.articles = articles;
		this.topics = topics;
		this.claims = claims;
		this.forms = forms;
		this.citations = citations;
	}

	@GetMapping(path = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
	String showSitemap() {
		List<String> paths = new ArrayList<>(FIXED_PAGES);
		this.articles.findAll(Sort.by("slug")).stream().map(Article::getUrl).forEach(paths::add);
		this.topics.findAll(Sort.by("slug")).stream().map(Topic::getUrl).forEach(paths::add);
		this.forms.findAll(Sort.by("slug")).stream().map(MagnesiumForm::getUrl).forEach(paths::add);
		this.claims.findAllInReadingOrder().stream().map(Claim::getUrl).forEach(paths::add);
		this.claims.findAssertingSources()
			.stream()
			.map((source) -> Citation.sourceUrlOf(source.getKey()))
			.forEach(paths::add);
		this.citations.findAll(Sort.by("key")).stream().map(Citation::getPageUrl).forEach(paths::add);
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
		paths.forEach((path) -> xml.append("  <url><loc>")
			.append(HtmlUtils.htmlEscape(this.site.absolute(path)))
			.append("</loc></url>\n"));
		return xml.append("</urlset>\n").toString();
	}

}
