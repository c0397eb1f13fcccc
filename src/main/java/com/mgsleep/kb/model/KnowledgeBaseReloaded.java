package com.mgsleep.kb.model;

/**
 * Published when a live reload has run, after any new knowledge base is in the database
 * and the search index: pages prepared from the old one, or without the editor's error
 * banner, are stale.
 *
 * @param replaced whether the content was valid and now serves; if not, the old one still
 * does and its errors are shown
 */
public record KnowledgeBaseReloaded(boolean replaced) {

}
