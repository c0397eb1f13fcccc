package com.mgsleep.kb.content;

import java.time.Duration;

import com.mgsleep.kb.content.markdown.ParsedKnowledgeBase;

/**
 * The content folder, parsed and found valid while the application started.
 *
 * @param knowledgeBase what it holds
 * @param readIn how long reading and checking took
 */
record CheckedContent(ParsedKnowledgeBase knowledgeBase, Duration readIn) {
}
