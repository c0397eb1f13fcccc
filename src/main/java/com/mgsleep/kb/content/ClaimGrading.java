package com.mgsleep.kb.content;

import java.util.List;

import com.mgsleep.kb.citation.Citation;
import com.mgsleep.kb.citation.StudyDetails;
import com.mgsleep.kb.claim.Claim;
import com.mgsleep.kb.claim.ClaimFlag;
import com.mgsleep.kb.evidence.Assessment;
import com.mgsleep.kb.evidence.ClaimEvidence;
import com.mgsleep.kb.evidence.EvidenceGrader;
import com.mgsleep.kb.evidence.Study;
import com.mgsleep.kb.form.MagnesiumForm;
import com.mgsleep.kb.topic.Topic;
import com.mgsleep.kb.vocabulary.CitationRole;

/**
 * Grades claims at import: each claim's studies as the evidence analysis sees them, and
 * the grader's assessment stored on the claim.
 */
final class ClaimGrading {

	private ClaimGrading() {
	}

	/**
	 * Grades the claim from its studies; computed once here, shown on every page and in
	 * the API.
	 */
	static void assess(Claim claim) {
		ClaimEvidence evidence = new ClaimEvidence(claim.getStatement(),
				claim.getForms().stream().map(MagnesiumForm::getSlug).toList(),
				claim.getTopics().stream().map(Topic::getSlug).toList(), studies(claim, CitationRole.SUPPORTS),
				studies(claim, CitationRole.CONTRADICTS), studies(claim, CitationRole.MIS_CITED_BY));
		Assessment assessment = EvidenceGrader.assess(evidence);
		claim.assess(assessment.grade(), assessment.rationale(), assessment.gap(),
				assessment.flags().stream().map((flag) -> new ClaimFlag(flag.kind(), flag.message())).toList());
	}

	private static List<Study> studies(Claim claim, CitationRole role) {
		return claim.citationsWith(role).stream().map((cited) -> study(cited.getCitation())).toList();
	}

	private static Study study(Citation citation) {
		StudyDetails studied = citation.getStudy();
		return new Study(citation.getLabel(), citation.getDesign(), citation.getStatus(), studied.participants(),
				studied.formSlug(), studied.combination(), studied.outcomeMeasure(), studied.population());
	}

}
