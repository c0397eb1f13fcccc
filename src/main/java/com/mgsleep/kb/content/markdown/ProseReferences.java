package com.mgsleep.kb.content.markdown;

import java.util.List;

/**
 * The citations and site links written in a file's prose.
 *
 * @param citations every {@code [@key]}, in reading order
 * @param links every link to a page of this site
 */
public record ProseReferences(List<CitationUse> citations, List<LinkUse> links) {

	public static final ProseReferences NONE = new ProseReferences(List.of(), List.of());

}
