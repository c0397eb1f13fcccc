package com.mgsleep.kb.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.mgsleep.kb.article.Article;
import com.mgsleep.kb.citation.Citation;
import com.mgsleep.kb.claim.Claim;
import com.mgsleep.kb.claim.ClaimCitation;
import com.mgsleep.kb.claim.ReviewDateRepository;
import com.mgsleep.kb.form.MagnesiumForm;
import com.mgsleep.kb.topic.Topic;
import com.mgsleep.kb.vocabulary.CitationRole;
import com.mgsleep.kb.vocabulary.Verdict;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * schema.org JSON-LD for pages, so search engines can tell what a page is about, when it
 * was last reviewed and what it rests on: articles and claims as {@code MedicalWebPage}s
 * (claims also as a {@code ClaimReview}), topics as collections, forms as pages about a
 * supplement, references and sources as pages about the work. Every URL is absolute, at
 * the configured site address.
 */
@Component
@EnableConfigurationProperties(SiteAddress.class)
public class StructuredData {

	private final JsonMapper json;

	private final SiteAddress site;

	private final ReviewDateRepository reviewDates;

	public StructuredData(JsonMapper json, SiteAddress site, ReviewDateRepository reviewDates) {
		this.json = json;
		this.site = site;
		this.reviewDates = reviewDates;
	}

	/**
	 * An article's page: its topics and the works it cites.
	 * @param name the page title
	 * @param description a sentence about it
	 * @param url the page path
	 * @param article the article the page's content was reviewed in
	 * @param citations the works the page cites
	 * @return the JSON text, safe to print inside a script element
	 */
	public String medicalWebPage(String name, String description, String url, Article article,
			List<Citation> citations) {
		Map<String, Object> page = page("MedicalWebPage", name, description, url, article.getLastReviewed());
		page.put("about", about(article.getTopics()));
		page.put("citation", citations.stream().map(SchemaWorks::work).toList());
		return script(page);
	}

	/**
	 * An evidence page (an outcome's table, the summary of findings): the works it lists.
	 * @param name the page title
	 * @param description a sentence about it
	 * @param url the page path
	 * @param citations the works in its rows
	 * @return the JSON text, safe to print inside a script element
	 */
	public String evidencePage(String name, String description, String url, List<Citation> citations) {
		Map<String, Object> page = page("MedicalWebPage", name, description, url, null);
		page.put("citation", citations.stream().map(SchemaWorks::work).toList());
		return script(page);
	}

	/**
	 * A claim's page as a {@code MedicalWebPage} and a {@code ClaimReview}: the claim,
	 * the articles it appears in, and the verdict as a rating from 1 (contradicted) to 5
	 * (supported).
	 * @param claim the claim, with its article, topics and citations loaded
	 * @return the JSON text
	 */
	public String claimReview(Claim claim) {
		Map<String, Object> page = page("MedicalWebPage", claim.getStatement(),
				claim.getVerdict().getLabel() + ": " + claim.getVerdictRationale(), claim.getUrl(),
				claim.getLastReviewed());
		page.remove("@context");
		page.put("about", about(claim.getTopics()));
		page.put("citation",
				claim.getCitations().stream().map(ClaimCitation::getCitation).map(SchemaWorks::work).toList());
		Map<String, Object> review = new LinkedHashMap<>();
		review.put("@type", "ClaimReview");
		review.put("url", this.site.absolute(claim.getUrl()));
		review.put("claimReviewed", claim.getStatement());
		review.put("datePublished", String.valueOf(claim.getLastReviewed()));
		review.put("author", site("Organization"));
		Map<String, Object> rating = new LinkedHashMap<>();
		rating.put("@type", "Rating");
		rating.put("ratingValue", rating(claim.getVerdict()));
		rating.put("bestRating", 5);
		rating.put("worstRating", 1);
		rating.put("alternateName", claim.getVerdict().getLabel());
		review.put("reviewRating", rating);
		review.put("itemReviewed",
				SchemaWorks.ordered("@type", "Claim", "appearance",
						claim.citationsWith(CitationRole.ASSERTED_BY)
							.stream()
							.map(ClaimCitation::getCitation)
							.map(SchemaWorks::work)
							.toList()));
		Map<String, Object> graph = new LinkedHashMap<>();
		graph.put("@context", "https://schema.org");
		graph.put("@graph", List.of(page, review));
		return script(graph);
	}

	/** A reference's page: a page whose main entity is the work, with its identifiers. */
	public String citationPage(Citation citation) {
		Map<String, Object> page = page("WebPage", citation.getLabel() + ": " + citation.getTitle(), null,
				citation.getPageUrl(), this.reviewDates.findLatestOfCitation(citation.getKey()));
		page.put("mainEntity", SchemaWorks.work(citation));
		return script(page);
	}

	/** A topic's page: the collection of claims about one subject. */
	public String topicPage(Topic topic) {
		Map<String, Object> page = page("MedicalWebPage", topic.getName(), topic.getDescription(), topic.getUrl(),
				this.reviewDates.findLatestOfTopic(topic.getSlug()));
		page.put("@type", List.of("MedicalWebPage", "CollectionPage"));
		page.put("about", about(List.of(topic)).get(0));
		return script(page);
	}

	/** A form's page: about the supplement, with its other names. */
	public String formPage(MagnesiumForm form) {
		Map<String, Object> page = page("MedicalWebPage", form.getName(), null, form.getUrl(),
				this.reviewDates.findLatestOfForm(form.getSlug()));
		Map<String, Object> supplement = new LinkedHashMap<>();
		supplement.put("@type", "DietarySupplement");
		supplement.put("name", form.getName());
		if (!form.getAliases().isEmpty()) {
			supplement.put("alternateName", form.getAliases());
		}
		supplement.put("activeIngredient", "magnesium");
		page.put("about", supplement);
		return script(page);
	}

	/**
	 * A source's scorecard: a page about the web article, citing what the article cites.
	 * @param source the web article
	 * @param cited the references it cites
	 * @return the JSON text
	 */
	public String sourcePage(Citation source, List<Citation> cited) {
		Map<String, Object> page = page("WebPage", source.getTitle(), null, Citation.sourceUrlOf(source.getKey()),
				this.reviewDates.findLatestOfSource(source.getKey()));
		page.put("about", SchemaWorks.work(source));
		page.put("citation", cited.stream().map(SchemaWorks::work).toList());
		return script(page);
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
		// Inside a script element "</script>" or "<!--" in a title would end or change it
		// early; as JSON escapes the brackets mean the same.
		return this.json.writeValueAsString(value)
			.replace("<", "\\u003c")
			.replace(">", "\\u003e")
			.replace("&", "\\u0026");
	}

	private Map<String, Object> page(String type, String name, String description, String url, LocalDate lastReviewed) {
		Map<String, Object> page = new LinkedHashMap<>();
		page.put("@context", "https://schema.org");
		page.put("@type", type);
		page.put("name", name);
		if (description != null) {
			page.put("description", description);
		}
		page.put("url", this.site.absolute(url));
		if (lastReviewed != null) {
			page.put("lastReviewed", lastReviewed.toString());
		}
		page.put("isPartOf", site("WebSite"));
		return page;
	}

	private List<Map<String, Object>> about(List<Topic> topics) {
		return topics.stream()
			.map((topic) -> SchemaWorks.ordered("@type", "Thing", "name", topic.getName(), "url",
					this.site.absolute(topic.getUrl())))
			.toList();
	}

	private Map<String, Object> site(String type) {
		return SchemaWorks.ordered("@type", type, "name", PageMetadata.SITE_NAME, "url", this.site.absolute("/"));
	}

}
