package com.mgsleep.kb.content.markdown;

import java.util.List;
import java.util.stream.Stream;

/**
 * Everything in the content folder, parsed.
 *
 * @param articles the articles, by file name
 * @param forms the forms
 * @param topics the topics
 * @param references the bibliography
 * @param synonyms the search synonym groups of {@code synonyms.md}
 * @param bottomLines the answers that open the home page, topics and forms
 */
public record ParsedKnowledgeBase(List<ParsedArticle> articles, List<ParsedForm> forms, List<ParsedTopic> topics,
		List<ParsedReference> references, List<ParsedSynonymGroup> synonyms, List<ParsedBottomLine> bottomLines) {

	public Stream<ParsedClaim> claims() {
		return this.articles.stream().flatMap((article) -> article.claims().stream());
	}

	public Stream<ParsedDosage> dosages() {
		return this.articles.stream().flatMap((article) -> article.dosageTables().stream()).flatMap(List::stream);
	}

	public Stream<ParsedDisagreement> disagreements() {
		return this.articles.stream().flatMap((article) -> article.disagreements().stream());
	}

}
