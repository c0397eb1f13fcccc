package com.mgsleep.kb.web.claim;

import java.util.List;

import com.mgsleep.kb.claim.Claim;
import com.mgsleep.kb.claim.ClaimCertaintyStep;
import com.mgsleep.kb.form.MagnesiumForm;
import com.mgsleep.kb.topic.Topic;
import com.mgsleep.kb.web.fragment.CertaintyView;

/**
 * A claim as the JSON API shows it.
 *
 * @param id the claim id
 * @param statement the claim
 * @param topics topic slugs
 * @param forms form slugs
 * @param verdict the verdict slug
 * @param verdictRationale why
 * @param citations the references with their roles
 * @param url the claim's page
 * @param certainty how sure we are of the claim: {@code high}, {@code moderate},
 * {@code low}, {@code very-low} or {@code none}
 * @param certaintySteps where the certainty started and each step that lowered it
 * @param evidenceRationale the counted evidence for and against
 * @param notCounted cited works left out of the count, each with why
 * @param flags where the evidence does not fit the claim
 */
record ClaimJson(String id, String statement, List<String> topics, List<String> forms, String verdict,
		String verdictRationale, List<CitedJson> citations, String url, String certainty,
		List<ClaimCertaintyStep> certaintySteps, String evidenceRationale, List<String> notCounted,
		List<FlagJson> flags) {

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

	/**
	 * A reference cited by the claim.
	 *
	 * @param key the citation key
	 * @param role the role slug
	 * @param note the editors' note, or {@code null}
	 */
	record CitedJson(String key, String role, String note) {
	}

	/**
	 * A fit flag.
	 *
	 * @param code a stable code, such as {@code form-mismatch}
	 * @param message a sentence for readers
	 */
	record FlagJson(String code, String message) {
	}

}
