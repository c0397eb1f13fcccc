package com.mgsleep.kb.content;

import java.time.Duration;

import com.mgsleep.kb.content.markdown.ParsedKnowledgeBase;

/**
 * The content folder, parsed and found valid while the application started, handed to the
 * import once: after that the parsed model is not kept, since everything the site serves
 * is in the database and the search index.
 */
final class CheckedContent {

	private ParsedKnowledgeBase knowledgeBase;

	private final Duration readIn;

	/**
	 * Holds checked content until it is imported.
	 * @param knowledgeBase what the folder holds
	 * @param readIn how long reading and checking took
	 */
	CheckedContent(ParsedKnowledgeBase knowledgeBase, Duration readIn) {
		this.knowledgeBase = knowledgeBase;
		this.readIn = readIn;
	}

	/**
	 * The parsed knowledge base, forgotten here as it is handed over.
	 * @return what the folder holds
	 * @throws IllegalStateException when it has already been taken
	 */
	synchronized ParsedKnowledgeBase take() {
		ParsedKnowledgeBase taken = this.knowledgeBase;
		if (taken == null) {
			throw new IllegalStateException("The checked content has already been imported");
		}
		this.knowledgeBase = null;
		return taken;
	}

	/** How long reading and checking took. */
	Duration readIn() {
		return this.readIn;
	}

}
