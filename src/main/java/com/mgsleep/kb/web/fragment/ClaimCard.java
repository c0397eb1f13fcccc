package com.mgsleep.kb.web.fragment;

import java.util.List;

import com.mgsleep.kb.claim.Claim;
import com.mgsleep.kb.topic.Topic;

/**
 * A claim in a list: statement, verdict, certainty, fit flags, how many references and
 * its topics. Built from a claim whose topics, flags and citations are loaded.
 *
 * @param anchor the card's id, so that an article can link to its claims
 * @param url the claim page
 * @param statement the claim
 * @param verdict the verdict badge
 * @param certainty the certainty badge
 * @param verdictRationale why the verdict
 * @param flags where the evidence does not fit
 * @param citationCount how many references it cites
 * @param topics its topics
 */
public record ClaimCard(String anchor, String url, String statement, VerdictView verdict, CertaintyView certainty,
		String verdictRationale, List<FlagView> flags, int citationCount, List<Link> topics) {

	public static ClaimCard of(Claim claim) {
		return new ClaimCard("claim-" + claim.getId(), claim.getUrl(), claim.getStatement(),
				VerdictView.of(claim.getVerdict()), CertaintyView.of(claim.getCertainty()), claim.getVerdictRationale(),
				claim.getFlags().stream().map(FlagView::of).toList(), claim.getCitations().size(),
				claim.getTopics().stream().map(ClaimCard::link).toList());
	}

	private static Link link(Topic topic) {
		return new Link(topic.getUrl(), topic.getName());
	}

	public String getCitationCountText() {
		return this.citationCount + ((this.citationCount == 1) ? " citation" : " citations");
	}

}
