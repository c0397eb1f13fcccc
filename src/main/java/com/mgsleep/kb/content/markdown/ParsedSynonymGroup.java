package com.mgsleep.kb.content.markdown;

import java.util.List;

/**
 * Words or phrases that search treats as the same, from one list item of
 * {@code synonyms.md}.
 *
 * @param source where the list item stands
 * @param terms the terms as written, at least two
 */
public record ParsedSynonymGroup(SourceLine source, List<String> terms) {

}
