package com.mgsleep.kb.web.disagreement;

import java.util.List;

import com.mgsleep.kb.claim.Claim;
import com.mgsleep.kb.disagreement.Disagreement;
import com.mgsleep.kb.evidence.TimingConflict;
import com.mgsleep.kb.web.fragment.CertaintyView;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * {@code /api/disagreements}' answer; the fields are described where the OpenAPI
 * description reads them.
 */
@Schema(name = "Disagreements", description = "Every point where the sources conflict")
record DisagreementsJson(
		@Schema(description = "The disagreements the editors recorded") List<DisagreementJson> disagreements,
		@Schema(description = "Sources whose timing windows before bed do not overlap, found from the dosages") List<TimingConflict> timingConflicts) {

	/** A disagreement as the JSON API shows it. */
	@Schema(name = "Disagreement", description = "A question the sources answer differently")
	record DisagreementJson(@Schema(description = "The disagreement's id") String id,
			@Schema(description = "What the sources disagree about") String question,
			@Schema(description = "One position per claim") List<PositionJson> positions) {

		static DisagreementJson of(Disagreement disagreement) {
			return new DisagreementJson(disagreement.getId(), disagreement.getQuestion(),
					disagreement.getClaims().stream().map(PositionJson::of).toList());
		}

	}

	/** One side of a disagreement. */
	@Schema(name = "Position", description = "One side of a disagreement: a claim and the sources asserting it")
	record PositionJson(@Schema(description = "The id of the claim stating it, as in /api/claims/{id}") String claimId,
			@Schema(description = "The claim") String statement,
			@Schema(description = "The claim's page, a path on this site") String url,
			@Schema(description = "What the evidence says of the claim") String verdict,
			@Schema(description = "How sure we are of the claim (GRADE levels)") String certainty,
			@Schema(description = "What the counted primary evidence says") String evidence,
			@Schema(description = "Keys of the web articles asserting it") List<String> sources) {

		static PositionJson of(Claim claim) {
			return new PositionJson(claim.getId(), claim.getStatement(), claim.getUrl(), claim.getVerdict().getSlug(),
					CertaintyView.of(claim.getCertainty()).slug(), claim.getEvidenceRationale(),
					DisagreementView.Position.assertingSources(claim));
		}

	}

}
