package com.mgsleep.kb.content.markdown;

/**
 * A topic readers browse and search by.
 *
 * @param slug the file name without {@code .md}
 * @param at the file's first line
 * @param name the display name
 * @param description one sentence
 * @param markdown the body prose (may be empty)
 * @param bodyFirstLine the 1-based line where the body starts
 * @param body citations and links in the body
 */
public record ParsedTopic(String slug, SourceLine at, String name, String description, String markdown,
		int bodyFirstLine, ProseReferences body) {
}
