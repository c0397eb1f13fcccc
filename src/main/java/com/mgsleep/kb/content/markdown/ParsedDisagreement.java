package com.mgsleep.kb.content.markdown;

import java.util.List;

/**
 * A point on which sources disagree, with the claims that state each position.
 *
 * @param id the stable id
 * @param at the line of the {@code [!disagreement]} marker
 * @param question what the sources disagree about
 * @param claimIds the claims, one per position
 */
public record ParsedDisagreement(String id, SourceLine at, String question, List<String> claimIds) {
}
