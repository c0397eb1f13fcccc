package com.mgsleep.kb.content.markdown;

import java.util.List;

/**
 * A claim block of an article.
 *
 * @param id the stable claim id
 * @param at the line of the {@code [!claim]} marker
 * @param statement the claim in one or two sentences
 * @param topics topic slugs
 * @param forms form slugs (empty: magnesium in general)
 * @param kind what the claim is about, one of {@link Vocabulary#CLAIM_KINDS}
 * @param verdict one of {@link Vocabulary#VERDICTS}
 * @param verdictRationale the one-line reason for the verdict
 * @param citations the cited references with their roles, in written order
 * @param related ids of related claims
 * @param changes what the editors changed in it, newest first
 */
public record ParsedClaim(String id, SourceLine at, String statement, List<String> topics, List<String> forms,
		String kind, String verdict, String verdictRationale, List<Citation> citations, List<String> related,
		List<ParsedChange> changes) {

	/**
	 * A reference cited by a claim in one role.
	 *
	 * @param role one of {@link Vocabulary#ROLES}
	 * @param use the citation as written
	 */
	public record Citation(String role, CitationUse use) {
	}

}
