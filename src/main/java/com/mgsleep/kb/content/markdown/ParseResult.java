package com.mgsleep.kb.content.markdown;

import java.util.List;

/**
 * The outcome of parsing: the knowledge base and every error found.
 *
 * @param knowledgeBase what could be read (incomplete when there are errors)
 * @param errors every error, sorted by file and line
 */
public record ParseResult(ParsedKnowledgeBase knowledgeBase, List<ContentError> errors) {

	public boolean valid() {
		return this.errors.isEmpty();
	}

}
