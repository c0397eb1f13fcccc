package com.mgsleep.kb.content.markdown;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code [!claim]} and {@code [!disagreement]} blocks.
 */
final class ClaimBlockParser {

	private static final List<String> CLAIM_KEYS = List.of("topics", "forms", "kind", "verdict", "supports",
			"contradicts", "asserted-by", "mis-cited-by", "related", "changes");

	private static final List<String> DISAGREEMENT_KEYS = List.of("claims");

	private ClaimBlockParser() {
	}

	static ParsedClaim parse(CalloutBlock block, Problems problems) {
		String id = id(block, "claim", problems);
		BlockFields fields = BlockFields.read(block, CLAIM_KEYS, problems);
		if (fields.text().isBlank()) {
			problems.add(block.at(), "claim `" + id + "` has no statement; write it on the lines after the marker");
		}
		if (fields.lines().isEmpty()) {
			problems.add(block.at(), "claim `" + id + "` has no field list; add `- topics:`, `- verdict:` and"
					+ " citations as `> - key: value` lines inside the block");
		}
		List<String> topics = fields.slugs("topics");
		if (topics.isEmpty() && !fields.lines().isEmpty()) {
			problems.add(fields.at("topics", block.at()),
					"claim `" + id + "` needs at least one topic (`- topics: slug`)");
		}
		String[] verdict = verdict(fields, block, id, problems);
		List<ParsedClaim.Citation> citations = new ArrayList<>();
		for (String role : Vocabulary.ROLES) {
			String value = fields.get(role);
			if (value != null) {
				SourceLine at = fields.at(role, block.at());
				CitationSyntax.list(value, at, problems)
					.forEach((use) -> citations.add(new ParsedClaim.Citation(role, use)));
			}
		}
		if (citations.isEmpty() && !fields.lines().isEmpty()) {
			problems.add(block.at(), "claim `" + id + "` cites nothing; add at least one of `- supports:`,"
					+ " `- contradicts:`, `- asserted-by:` or `- mis-cited-by:`");
		}
		checkRepeatedKeys(id, citations, problems);
		return new ParsedClaim(id, block.at(), fields.text(), topics, fields.slugs("forms"),
				kind(fields, block, problems), verdict[0], verdict[1], List.copyOf(citations), fields.slugs("related"),
				ChangeList.fromField(fields.get("changes"), fields.at("changes", block.at()), problems));
	}

	static ParsedDisagreement disagreement(CalloutBlock block, Problems problems) {
		String id = id(block, "disagreement", problems);
		BlockFields fields = BlockFields.read(block, DISAGREEMENT_KEYS, problems);
		if (fields.text().isBlank()) {
			problems.add(block.at(),
					"disagreement `" + id + "` has no question; write it on the line after the marker");
		}
		List<String> claims = fields.slugs("claims");
		if (claims.size() < 2) {
			problems.add(fields.at("claims", block.at()),
					"disagreement `" + id + "` needs at least two claims (`- claims: first-id, second-id`)");
		}
		return new ParsedDisagreement(id, block.at(), fields.text(), claims);
	}

	private static String id(CalloutBlock block, String type, Problems problems) {
		String id = block.header();
		if (id.isEmpty()) {
			problems.add(block.at(), type + " block has no id; write `> [!" + type + "] some-id`");
		}
		else if (!Vocabulary.SLUG.matcher(id).matches()) {
			problems.add(block.at(), type + " id `" + CitationSyntax.abbreviate(id)
					+ "` is not well-formed; use lowercase letters, digits and single hyphens");
		}
		return id;
	}

	/** Most claims are about an effect; only the others need to say so. */
	private static String kind(BlockFields fields, CalloutBlock block, Problems problems) {
		String kind = fields.get("kind");
		if (kind == null) {
			return "effect";
		}
		kind = kind.strip();
		if (!Vocabulary.CLAIM_KINDS.contains(kind)) {
			problems.add(fields.at("kind", block.at()), Suggestions.oneOf("kind", kind, Vocabulary.CLAIM_KINDS));
		}
		return kind;
	}

	private static String[] verdict(BlockFields fields, CalloutBlock block, String id, Problems problems) {
		String value = fields.get("verdict");
		if (value == null) {
			if (!fields.lines().isEmpty()) {
				problems.add(block.at(),
						"claim `" + id + "` has no verdict; add `- verdict: limited: one-line reason`");
			}
			return new String[] { "", "" };
		}
		SourceLine at = fields.at("verdict", block.at());
		int colon = value.indexOf(':');
		String verdict = ((colon < 0) ? value : value.substring(0, colon)).strip();
		String rationale = (colon < 0) ? "" : value.substring(colon + 1).strip();
		if (!Vocabulary.VERDICTS.contains(verdict)) {
			problems.add(at, Suggestions.oneOf("verdict", verdict, Vocabulary.VERDICTS));
		}
		if (rationale.isEmpty()) {
			problems.add(at, "verdict of claim `" + id + "` needs a rationale: `- verdict: " + verdict + ": why`");
		}
		return new String[] { verdict, rationale };
	}

	private static void checkRepeatedKeys(String id, List<ParsedClaim.Citation> citations, Problems problems) {
		List<String> seen = new ArrayList<>();
		for (ParsedClaim.Citation citation : citations) {
			if (seen.contains(citation.use().key())) {
				problems.add(citation.use().at(), "claim `" + id + "` cites `" + citation.use().key()
						+ "` more than once; keep one citation with one role");
			}
			seen.add(citation.use().key());
		}
	}

}
