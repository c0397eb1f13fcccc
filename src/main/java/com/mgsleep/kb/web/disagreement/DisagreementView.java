package com.mgsleep.kb.web.disagreement;

import java.util.List;
import java.util.stream.Stream;

import com.mgsleep.kb.citation.Citation;
import com.mgsleep.kb.claim.Claim;
import com.mgsleep.kb.claim.ClaimCitation;
import com.mgsleep.kb.disagreement.Disagreement;
import com.mgsleep.kb.vocabulary.CitationRole;
import com.mgsleep.kb.web.fragment.CertaintyView;
import com.mgsleep.kb.web.fragment.Link;
import com.mgsleep.kb.web.fragment.VerdictView;

/**
 * A disagreement with, for each position, the sources that take it and what the primary
 * evidence says, as the page shows it.
 *
 * @param id the disagreement id, the section's anchor
 * @param question what the sources disagree about
 * @param positions one per claim
 */
record DisagreementView(String id, String question, List<Position> positions) {

	static DisagreementView of(Disagreement disagreement) {
		return new DisagreementView(disagreement.getId(), disagreement.getQuestion(),
				disagreement.getClaims().stream().map(Position::of).toList());
	}

	public String getHeadingId() {
		return "q-" + this.id;
	}

	/**
	 * One side of a disagreement.
	 *
	 * @param url the claim's page
	 * @param statement the claim
	 * @param verdict the verdict badge
	 * @param certainty the certainty badge
	 * @param evidence what the primary evidence says (the counted evidence)
	 * @param sources the sources asserting it, by name
	 */
	record Position(String url, String statement, VerdictView verdict, CertaintyView certainty, String evidence,
			List<Link> sources) {

		static Position of(Claim claim) {
			return new Position(claim.getUrl(), claim.getStatement(), VerdictView.of(claim.getVerdict()),
					CertaintyView.of(claim.getCertainty()), claim.getEvidenceRationale(),
					asserting(claim).map((source) -> new Link(Citation.sourceUrlOf(source.getKey()), source.getLabel()))
						.toList());
		}

		static List<String> assertingSources(Claim claim) {
			return asserting(claim).map(Citation::getKey).toList();
		}

		private static Stream<Citation> asserting(Claim claim) {
			return claim.citationsWith(CitationRole.ASSERTED_BY).stream().map(ClaimCitation::getCitation);
		}

	}

}
