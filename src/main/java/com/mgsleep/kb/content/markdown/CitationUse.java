package com.mgsleep.kb.content.markdown;

/**
 * One {@code [@key]} or {@code [@key: note]} in the content.
 *
 * @param key the reference key
 * @param note the editor's note, or {@code null}
 * @param at where it was written
 */
public record CitationUse(String key, String note, SourceLine at) {
}
