package com.mgsleep.kb.evidence;

import java.util.List;

import com.mgsleep.kb.vocabulary.ClaimKind;

/**
 * A claim as the evidence analysis sees it.
 *
 * @param statement the claim, in words
 * @param kind what the claim is about
 * @param forms the forms the claim is about (empty: magnesium in general)
 * @param topics the claim's topic slugs
 * @param judgedFalse whether the editors' verdict is that the claim is contradicted, so
 * that the certainty is that of the evidence against it
 * @param supporting the works cited as supporting it
 * @param contradicting the works cited as contradicting it
 * @param misCited works a source cites for the claim although they do not support it
 */
public record ClaimEvidence(String statement, ClaimKind kind, List<String> forms, List<String> topics,
		boolean judgedFalse, List<Study> supporting, List<Study> contradicting, List<Study> misCited) {

	public ClaimEvidence {
		forms = List.copyOf(forms);
		topics = List.copyOf(topics);
		supporting = List.copyOf(supporting);
		contradicting = List.copyOf(contradicting);
		misCited = List.copyOf(misCited);
	}

}
