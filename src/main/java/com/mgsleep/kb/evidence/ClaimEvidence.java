package com.mgsleep.kb.evidence;

import java.util.List;

/**
 * A claim as the evidence analysis sees it.
 *
 * @param statement the claim, in words
 * @param forms the forms the claim is about (empty: magnesium in general)
 * @param topics the claim's topic slugs
 * @param supporting the works cited as supporting it
 * @param contradicting the works cited as contradicting it
 * @param misCited works a source cites for the claim although they do not support it
 */
public record ClaimEvidence(String statement, List<String> forms, List<String> topics, List<Study> supporting,
		List<Study> contradicting, List<Study> misCited) {
}
