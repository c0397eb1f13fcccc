package com.mgsleep.kb.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.mgsleep.kb.article.Article;
import com.mgsleep.kb.citation.Author;
import com.mgsleep.kb.citation.Citation;
import com.mgsleep.kb.citation.Publication;
import com.mgsleep.kb.claim.Claim;
import com.mgsleep.kb.claim.ClaimCitation;
import com.mgsleep.kb.vocabulary.CitationRole;
import com.mgsleep.kb.vocabulary.Verdict;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * schema.org JSON-LD for pages: a {@code MedicalWebPage} with its review date and its
 * cited works as {@code ScholarlyArticle}s, so search engines can tell what a page rests
 * on.
 */
@Component
@EnableConfigurationProperties(SiteAddress.class)
public class StructuredData {

	private final JsonMapper json;

	private final SiteAddress site;

	public StructuredData(JsonMapper json, SiteAddress site) {
		this.json = json;
		this.site = site;
	}

	/**
	 * The JSON-LD of a page, safe to print inside a script element.
	 * @param name the page title
	 * @param description a sentence about it
	 * @param url the page path
	 * @param article the article the page's content was reviewed in
	 * @param citations the works the page cites
	 * @return the JSON text
	 */
	public String medicalWebPage(String name, String description, String url, Article article,
			List<Citation> citations) {
		return script(page(name, description, url, article, citations));
	}

	/**
	 * A claim's page as a {@code MedicalWebPage} and a {@code ClaimReview}: the claim,
	 * the articles it appears in, and the verdict as a rating from 1 (contradicted) to 5
	 * (supported).
	 * @param claim the claim, with its article, topics and citations loaded
	 * @return the JSON text
	 */
	public String claimReview(Claim claim) {
		List<Citation> cited = claim.getCitations().stream().map(ClaimCitation::getCitation).toList();
		Map<String, Object> page = page(claim.getStatement(),
				claim.getVerdict().getLabel() + ": " + claim.getVerdictRationale(), claim.getUrl(), claim.getArticle(),
				cited);
		page.remove("@context");
		Map<String, Object> review = new LinkedHashMap<>();
		review.put("@type", "ClaimReview");
		review.put("url", this.site.absolute(claim.getUrl()));
		review.put("claimReviewed", claim.getStatement());
		review.put("datePublished", String.valueOf(claim.getArticle().getLastReviewed()));
		review.put("author",
				ordered("@type", "Organization", "name", PageMetadata.SITE_NAME, "url", this.site.absolute("/")));
		Map<String, Object> rating = new LinkedHashMap<>();
		rating.put("@type", "Rating");
		rating.put("ratingValue", rating(claim.getVerdict()));
		rating.put("bestRating", 5);
		rating.put("worstRating", 1);
		rating.put("alternateName", claim.getVerdict().getLabel());
		review.put("reviewRating", rating);
		review.put("itemReviewed",
				ordered("@type", "Claim", "appearance",
						claim.citationsWith(CitationRole.ASSERTED_BY)
							.stream()
							.map(ClaimCitation::getCitation)
							.map((source) -> appearance(source))
							.toList()));
		Map<String, Object> graph = new LinkedHashMap<>();
		graph.put("@context", "https://schema.org");
		graph.put("@graph", List.of(page, review));
		return script(graph);
	}

	private Map<String, Object> appearance(Citation source) {
		Map<String, Object> work = new LinkedHashMap<>();
		work.put("@type", "CreativeWork");
		work.put("name", source.getTitle());
		if (source.getIdentifiers().url() != null) {
			work.put("url", source.getIdentifiers().url());
		}
		return work;
	}

	/** The verdict as a fact-check rating: how far the evidence bears the claim out. */
	static int rating(Verdict verdict) {
		return switch (verdict) {
			case SUPPORTED -> 5;
			case GENERAL_ADVICE -> 4;
			case LIMITED, MIXED -> 3;
			case UNSUPPORTED -> 2;
			case CONTRADICTED -> 1;
		};
	}

	private String script(Map<String, Object> value) {
		// A "</script>" inside a title must not end the element early.
		return this.json.writeValueAsString(value).replace("<", "\\u003c");
	}

	private Map<String, Object> page(String name, String description, String url, Article article,
			List<Citation> citations) {
		Map<String, Object> page = new LinkedHashMap<>();
		page.put("@context", "https://schema.org");
		page.put("@type", "MedicalWebPage");
		page.put("name", name);
		page.put("description", description);
		page.put("url", this.site.absolute(url));
		page.put("lastReviewed", String.valueOf(article.getLastReviewed()));
		page.put("about",
				article.getTopics()
					.stream()
					.map((topic) -> ordered("@type", "Thing", "name", topic.getName()))
					.toList());
		page.put("citation", citations.stream().map(StructuredData::scholarlyArticle).toList());
		return page;
	}

	private static Map<String, Object> scholarlyArticle(Citation citation) {
		Map<String, Object> work = new LinkedHashMap<>();
		work.put("@type", citation.isSecondary() ? "Article" : "ScholarlyArticle");
		work.put("name", citation.getTitle());
		work.put("author", citation.getAuthors().stream().map(StructuredData::person).toList());
		Publication publication = citation.getPublication();
		if (publication.year() != null) {
			work.put("datePublished", String.valueOf(publication.year()));
		}
		if (publication.container() != null) {
			work.put("isPartOf", publication.container());
		}
		if (citation.getIdentifiers().doi() != null) {
			work.put("sameAs", citation.getIdentifiers().doiUrl());
		}
		else if (citation.getIdentifiers().url() != null) {
			work.put("sameAs", citation.getIdentifiers().url());
		}
		return work;
	}

	private static Map<String, Object> person(Author author) {
		if (author.literal() != null) {
			return ordered("@type", "Organization", "name", author.literal());
		}
		return ordered("@type", "Person", "familyName", author.family(), "name",
				(author.given() != null) ? author.given() + " " + author.family() : author.family());
	}

	/**
	 * A map in the order it is written. {@code Map.of} iterates in an order that differs
	 * between JVMs, and every instance must write the same bytes (the same ETag) for a
	 * page.
	 */
	private static Map<String, Object> ordered(Object... keysAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

}
