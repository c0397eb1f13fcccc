package com.mgsleep.kb.disagreement;

import java.util.List;

import com.mgsleep.kb.claim.CitationRole;
import com.mgsleep.kb.claim.Claim;
import com.mgsleep.kb.claim.ClaimCitation;
import com.mgsleep.kb.evidence.Certainty;

/**
 * A disagreement with, for each position, the sources that take it and what the primary
 * evidence says; shared by the page and the JSON API.
 *
 * @param id the disagreement id
 * @param question what the sources disagree about
 * @param positions one per claim
 */
public record DisagreementView(String id, String question, List<Position> positions) {

	static DisagreementView of(Disagreement disagreement) {
		return new DisagreementView(disagreement.getId(), disagreement.getQuestion(),
				disagreement.getClaims().stream().map(Position::of).toList());
	}

	/**
	 * One side of a disagreement.
	 *
	 * @param claimId the claim stating it
	 * @param statement the claim
	 * @param url the claim's page
	 * @param verdict the verdict slug
	 * @param certainty the certainty slug
	 * @param evidence what the primary evidence says (the counted evidence)
	 * @param sources keys of the sources asserting it
	 */
	public record Position(String claimId, String statement, String url, String verdict, String certainty,
			String evidence, List<String> sources) {

		static Position of(Claim claim) {
			return new Position(claim.getId(), claim.getStatement(), claim.getUrl(), claim.getVerdict().getSlug(),
					claim.getCertainty().getSlug(), claim.getEvidenceRationale(),
					claim.citationsWith(CitationRole.ASSERTED_BY)
						.stream()
						.map(ClaimCitation::getCitation)
						.map((citation) -> citation.getKey())
						.toList());
		}

		/** The certainty in words, for the page; the API gives the slug. */
		public String certaintyLabel() {
			return Certainty.fromSlug(this.certainty).getLabel();
		}

	}

}
