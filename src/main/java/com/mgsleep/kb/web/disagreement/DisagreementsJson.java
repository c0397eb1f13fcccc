package com.mgsleep.kb.web.disagreement;

import java.util.List;

import com.mgsleep.kb.claim.Claim;
import com.mgsleep.kb.disagreement.Disagreement;
import com.mgsleep.kb.evidence.TimingConflict;
import com.mgsleep.kb.web.fragment.CertaintyView;

/**
 * {@code /api/disagreements}' answer.
 *
 * @param disagreements the disagreements the editors recorded
 * @param timingConflicts sources whose timing windows before bed do not overlap
 */
record DisagreementsJson(List<DisagreementJson> disagreements, List<TimingConflict> timingConflicts) {

	/**
	 * A disagreement as the JSON API shows it.
	 *
	 * @param id the disagreement id
	 * @param question what the sources disagree about
	 * @param positions one per claim
	 */
	record DisagreementJson(String id, String question, List<PositionJson> positions) {

		static DisagreementJson of(Disagreement disagreement) {
			return new DisagreementJson(disagreement.getId(), disagreement.getQuestion(),
					disagreement.getClaims().stream().map(PositionJson::of).toList());
		}

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
	record PositionJson(String claimId, String statement, String url, String verdict, String certainty, String evidence,
			List<String> sources) {

		static PositionJson of(Claim claim) {
			return new PositionJson(claim.getId(), claim.getStatement(), claim.getUrl(), claim.getVerdict().getSlug(),
					CertaintyView.of(claim.getCertainty()).slug(), claim.getEvidenceRationale(),
					DisagreementView.Position.assertingSources(claim));
		}

	}

}
