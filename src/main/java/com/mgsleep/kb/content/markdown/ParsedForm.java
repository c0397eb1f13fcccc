package com.mgsleep.kb.content.markdown;

import java.util.List;

/**
 * A magnesium form.
 *
 * @param slug the file name without {@code .md}
 * @param at the file's first line
 * @param name the display name
 * @param aliases other names readers search for
 * @param markdown the body prose
 * @param bodyFirstLine the 1-based line where the body starts
 * @param body citations and links in the body
 */
public record ParsedForm(String slug, SourceLine at, String name, List<String> aliases, String markdown,
		int bodyFirstLine, ProseReferences body) {
}
