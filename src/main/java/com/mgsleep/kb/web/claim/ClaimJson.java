package com.mgsleep.kb.web.claim;

import java.util.List;

import com.mgsleep.kb.claim.Claim;
import com.mgsleep.kb.claim.ClaimCertaintyStep;
import com.mgsleep.kb.form.MagnesiumForm;
import com.mgsleep.kb.topic.Topic;
import com.mgsleep.kb.web.fragment.CertaintyView;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A claim as the JSON API shows it; the fields are described where the OpenAPI
 * description reads them.
 */
@Schema(name = "Claim", description = "A claim one or more web articles make, with its verdict and evidence")
record ClaimJson(@Schema(description = "The claim's id, stable across releases") String id,
		@Schema(description = "The claim, in the knowledge base's own words") String statement,
		@Schema(description = "Slugs of its topics, as in /api/topics") List<String> topics,
		@Schema(description = "Slugs of the magnesium forms it is about, as in /api/forms") List<String> forms,
		@Schema(description = "What the evidence says of the claim") String verdict,
		@Schema(description = "Why, in one line") String verdictRationale,
		@Schema(description = "The references it cites, each with its role") List<CitedJson> citations,
		@Schema(description = "The claim's page, a path on this site") String url,
		@Schema(description = "How sure we are of the claim (GRADE levels)") String certainty,
		@Schema(description = "Where the certainty started and each step that lowered it, in order") List<ClaimCertaintyStep> certaintySteps,
		@Schema(description = "The counted evidence for and against") String evidenceRationale,
		@Schema(description = "Cited works left out of the count, each with why") List<String> notCounted,
		@Schema(description = "Where the evidence does not fit the claim") List<FlagJson> flags) {

	static ClaimJson of(Claim claim) {
		return new ClaimJson(claim.getId(), claim.getStatement(),
				claim.getTopics().stream().map(Topic::getSlug).toList(),
				claim.getForms().stream().map(MagnesiumForm::getSlug).toList(), claim.getVerdict().getSlug(),
				claim.getVerdictRationale(),
				claim.getCitations()
					.stream()
					.map((cited) -> new CitedJson(cited.getCitation().getKey(), cited.getRole().getSlug(),
							cited.getNote()))
					.toList(),
				claim.getUrl(), CertaintyView.of(claim.getCertainty()).slug(), claim.getCertaintySteps(),
				claim.getEvidenceRationale(), claim.getNotCounted(),
				claim.getFlags().stream().map((flag) -> new FlagJson(flag.kind().getSlug(), flag.message())).toList());
	}

	/** A reference cited by the claim. */
	@Schema(name = "CitedReference", description = "A reference a claim cites, and in which role")
	record CitedJson(@Schema(description = "The reference's key, as in /api/citations/{key}") String key,
			@Schema(description = "What the reference does for the claim") String role,
			@Schema(description = "The editors' note on this use of the reference, or null") String note) {
	}

	/** A fit flag. */
	@Schema(name = "FitFlag", description = "A way in which the evidence does not fit the claim")
	record FlagJson(@Schema(description = "A stable code") String code,
			@Schema(description = "A sentence for readers") String message) {
	}

}
