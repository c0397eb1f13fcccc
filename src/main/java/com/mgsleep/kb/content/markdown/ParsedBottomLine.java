package com.mgsleep.kb.content.markdown;

/**
 * The direct answer at the top of a page: the home page's, a topic's or a form's.
 *
 * @param page the path of the page it opens, such as {@code /} or
 * {@code /topics/falling-asleep}
 * @param at the line of its {@code [!bottom-line]} marker
 * @param heading the question it answers, for the home page; otherwise {@code null}
 * @param markdown its text, without the quote markers
 * @param links the site links in it, every one checked
 */
public record ParsedBottomLine(String page, SourceLine at, String heading, String markdown, ProseReferences links) {
}
