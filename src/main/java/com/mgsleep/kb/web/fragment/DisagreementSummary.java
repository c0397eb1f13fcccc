package com.mgsleep.kb.web.fragment;

import java.util.List;

import com.mgsleep.kb.disagreement.Disagreement;

/**
 * A disagreement with each position's claim and verdict, as claim and article pages show
 * it.
 *
 * @param question what the sources disagree about
 * @param positions one per claim
 */
public record DisagreementSummary(String question, List<Position> positions) {

	/** Built from a disagreement whose claims are loaded. */
	public static DisagreementSummary of(Disagreement disagreement) {
		return new DisagreementSummary(disagreement.getQuestion(), disagreement.getClaims()
			.stream()
			.map((claim) -> new Position(claim.getUrl(), claim.getStatement(), VerdictView.of(claim.getVerdict())))
			.toList());
	}

	/**
	 * One position.
	 *
	 * @param url the claim page
	 * @param statement the claim
	 * @param verdict its verdict badge
	 */
	public record Position(String url, String statement, VerdictView verdict) {

	}

}
