package com.mgsleep.kb.content.markdown;

import java.util.ArrayList;
import java.util.List;

/**
 * The parsed files' lists while the content folder is read.
 */
final class KnowledgeBaseBuilder {

	final List<ParsedArticle> articles = new ArrayList<>();

	final List<ParsedForm> forms = new ArrayList<>();

	final List<ParsedTopic> topics = new ArrayList<>();

	final List<ParsedReference> references = new ArrayList<>();

	final List<ParsedSynonymGroup> synonyms = new ArrayList<>();

	final List<ParsedBottomLine> bottomLines = new ArrayList<>();

	void add(ParsedKnowledgeBase parsed) {
		this.articles.addAll(parsed.articles());
		this.forms.addAll(parsed.forms());
		this.topics.addAll(parsed.topics());
		this.references.addAll(parsed.references());
		this.synonyms.addAll(parsed.synonyms());
		this.bottomLines.addAll(parsed.bottomLines());
	}

	ParsedKnowledgeBase build() {
		return new ParsedKnowledgeBase(List.copyOf(this.articles), List.copyOf(this.forms), List.copyOf(this.topics),
				List.copyOf(this.references), List.copyOf(this.synonyms), List.copyOf(this.bottomLines));
	}

}
