package com.mgsleep.kb.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.mgsleep.kb.article.Article;
import com.mgsleep.kb.citation.Author;
import com.mgsleep.kb.citation.Citation;
import com.mgsleep.kb.citation.Publication;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * schema.org JSON-LD for pages: a {@code MedicalWebPage} with its review date and its
 * cited works as {@code ScholarlyArticle}s, so search engines can tell what a page rests
 * on.
 */
@Component
public class StructuredData {

	private final JsonMapper json;

	public StructuredData(JsonMapper json) {
		this.json = json;
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
		Map<String, Object> page = new LinkedHashMap<>();
		page.put("@context", "https://schema.org");
		page.put("@type", "MedicalWebPage");
		page.put("name", name);
		page.put("description", description);
		page.put("url", url);
		page.put("lastReviewed", String.valueOf(article.getLastReviewed()));
		page.put("about",
				article.getTopics()
					.stream()
					.map((topic) -> Map.of("@type", "Thing", "name", topic.getName()))
					.toList());
		page.put("citation", citations.stream().map(StructuredData::scholarlyArticle).toList());
		// A "</script>" inside a title must not end the element early.
		return this.json.writeValueAsString(page).replace("<", "\\u003c");
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
			return Map.of("@type", "Organization", "name", author.literal());
		}
		return Map.of("@type", "Person", "familyName", author.family(), "name",
				(author.given() != null) ? author.given() + " " + author.family() : author.family());
	}

}
