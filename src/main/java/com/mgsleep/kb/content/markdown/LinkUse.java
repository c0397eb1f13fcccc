package com.mgsleep.kb.content.markdown;

/**
 * A link to a page of this site written in Markdown, such as {@code /claims/some-id}.
 *
 * @param target the site path
 * @param at where it was written
 */
public record LinkUse(String target, SourceLine at) {
}
