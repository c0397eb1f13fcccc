package com.mgsleep.kb.web.claim;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import com.mgsleep.kb.article.Article;
import com.mgsleep.kb.claim.Claim;
import com.mgsleep.kb.claim.ClaimCertaintyStep;
import com.mgsleep.kb.claim.ClaimFlag;
import com.mgsleep.kb.disagreement.Disagreement;
import com.mgsleep.kb.history.HistoryEntry;
import com.mgsleep.kb.vocabulary.CitationRole;
import com.mgsleep.kb.web.fragment.CertaintyView;
import com.mgsleep.kb.web.fragment.CitationLine;
import com.mgsleep.kb.web.fragment.DisagreementSummary;
import com.mgsleep.kb.web.fragment.Link;
import com.mgsleep.kb.web.fragment.VerdictView;

/**
 * What a claim page shows.
 *
 * @param statement the claim
 * @param verdict the verdict badge
 * @param verdictRationale why the verdict
 * @param certainty the certainty badge
 * @param evidenceRationale the counted evidence for and against
 * @param certaintySteps where the certainty started and each step that lowered it
 * @param notCounted cited works left out of the count, each with why
 * @param evidenceGap what kind of study would change it
 * @param flags where the evidence does not fit the claim, as sentences
 * @param topics its topics
 * @param forms the forms it is about
 * @param article the article it is discussed in, at the claim
 * @param lastReviewed when the editors last reviewed it, with the article it is written
 * in
 * @param roles the references by role, only roles that have any
 * @param disagreements the disagreements it takes a position in
 * @param related related claims
 */
record ClaimPage(String statement, VerdictView verdict, String verdictRationale, CertaintyView certainty,
		String evidenceRationale, List<ClaimCertaintyStep> certaintySteps, List<String> notCounted, String evidenceGap,
		List<String> flags, List<Link> topics, List<Link> forms, Link article, LocalDate lastReviewed,
		List<HistoryEntry> history, String articleHistoryUrl, List<RoleSection> roles,
		List<DisagreementSummary> disagreements, List<Link> related) {

	static ClaimPage of(Claim claim, List<Disagreement> disagreements) {
		Article article = claim.getArticle();
		return new ClaimPage(claim.getStatement(), VerdictView.of(claim.getVerdict()), claim.getVerdictRationale(),
				CertaintyView.of(claim.getCertainty()), claim.getEvidenceRationale(), claim.getCertaintySteps(),
				claim.getNotCounted(), claim.getEvidenceGap(),
				claim.getFlags().stream().map(ClaimFlag::message).toList(),
				claim.getTopics().stream().map((topic) -> new Link(topic.getUrl(), topic.getName())).toList(),
				claim.getForms().stream().map((form) -> new Link(form.getUrl(), form.getName())).toList(),
				new Link(article.getUrl() + "#claim-" + claim.getId(), article.getTitle()), claim.getLastReviewed(),
				history(claim), article.getUrl() + "#history-heading",
				Arrays.stream(CitationRole.values())
					.map((role) -> RoleSection.of(claim, role))
					.filter((section) -> !section.citations().isEmpty())
					.toList(),
				disagreements.stream().map(DisagreementSummary::of).toList(),
				claim.getRelated().stream().map((other) -> new Link(other.getUrl(), other.getStatement())).toList());
	}

	/**
	 * Whether no source we checked makes this claim: we state it ourselves, from the
	 * studies it cites, and readers should see that it is our reading, not a quotation.
	 */
	public boolean isOurReading() {
		String asserted = "role-" + CitationRole.ASSERTED_BY.getSlug();
		return this.roles.stream().noneMatch((section) -> section.id().equals(asserted));
	}

	/**
	 * The claim's own recorded changes, and the git revisions of the article file it is
	 * written in: a revision may have changed another part of the file, and says so.
	 */
	private static List<HistoryEntry> history(Claim claim) {
		Article article = claim.getArticle();
		return Stream
			.concat(claim.getHistory().stream(),
					article.getHistory()
						.stream()
						.filter((entry) -> entry.revision() != null)
						.map((entry) -> new HistoryEntry(entry.date(),
								entry.note() + " (a revision of the article \u201c" + article.getTitle() + "\u201d)",
								entry.revision())))
			.sorted(Comparator.comparing(HistoryEntry::date).reversed())
			.toList();
	}

	/**
	 * The references a claim cites in one role.
	 *
	 * @param id the heading's id
	 * @param heading the heading
	 * @param citations the references with the editors' notes
	 */
	record RoleSection(String id, String heading, List<CitationLine> citations) {

		static RoleSection of(Claim claim, CitationRole role) {
			return new RoleSection("role-" + role.getSlug(), role.getHeading(),
					claim.citationsWith(role)
						.stream()
						.map((cited) -> CitationLine.of(cited.getCitation(), cited.getNote()))
						.toList());
		}

	}

}
