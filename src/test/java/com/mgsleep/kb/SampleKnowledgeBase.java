package com.mgsleep.kb;

import java.time.LocalDate;
import java.util.List;

import com.mgsleep.kb.article.Article;
import com.mgsleep.kb.article.ArticleSection;
import com.mgsleep.kb.citation.Author;
import com.mgsleep.kb.citation.Citation;
import com.mgsleep.kb.citation.CitationFormatter;
import com.mgsleep.kb.citation.Identifiers;
import com.mgsleep.kb.citation.Publication;
import com.mgsleep.kb.claim.Claim;
import com.mgsleep.kb.evidence.Assessment;
import com.mgsleep.kb.evidence.CertaintyStep;
import com.mgsleep.kb.evidence.FitFlag;
import com.mgsleep.kb.form.MagnesiumForm;
import com.mgsleep.kb.topic.Topic;
import com.mgsleep.kb.vocabulary.Certainty;
import com.mgsleep.kb.vocabulary.CitationRole;
import com.mgsleep.kb.vocabulary.FitFlagKind;
import com.mgsleep.kb.vocabulary.StudyDesign;
import com.mgsleep.kb.vocabulary.Verdict;
import com.mgsleep.kb.vocabulary.VerificationStatus;

/**
 * A small in-memory knowledge base for web-slice tests, built with the entities' own
 * constructors.
 */
public final class SampleKnowledgeBase {

	public final Topic topic = new Topic("falling-asleep", "Falling asleep", "How long it takes to fall asleep.", "");

	public final MagnesiumForm oxide = new MagnesiumForm("oxide", "Magnesium oxide", List.of("MgO"),
			"<p>Poorly absorbed.</p>");

	public final Citation trial = new Citation("abbasi-2012", "article-journal", "The effect of magnesium on insomnia",
			List.of(new Author("Abbasi", "Behnood", null), new Author("Kimiagar", "Masud", null)));

	public final Citation blog = new Citation("shop-blog", "post-weblog", "Magnesium <b>for</b> sleep", List.of());

	public final Article article = new Article("falling-asleep", "Does magnesium help you fall asleep?",
			"What trials show.", LocalDate.of(2026, 11, 20));

	public final Claim claim = new Claim("sleep-onset-older-adults", "Magnesium shortened sleep onset in older adults.",
			Verdict.LIMITED, "three small trials", this.article, 0);

	public SampleKnowledgeBase() {
		this.trial.setPublication(
				new Publication(2012, 12, null, "J Res Med Sci", "17", "12", "1161-1169", null, null, null));
		this.trial.setIdentifiers(new Identifiers(null, "23853635", "PMC3703169", null));
		this.trial.setEvidence(StudyDesign.RCT, VerificationStatus.VERIFIED, "Seen on PubMed.");
		this.blog.setEvidence(StudyDesign.WEB_ARTICLE, VerificationStatus.VERIFIED, null);
		this.blog.setSecondarySource(true, List.of());
		this.article.addTopic(this.topic);
		this.article.addSection(ArticleSection.prose("<p>Trials <a href=\"/citations/abbasi-2012\">[1]</a></p>"));
		this.article.addSection(ArticleSection.claim(this.claim.getId()));
		this.article.addReference(this.trial);
		this.claim.addTopic(this.topic);
		this.claim.addForm(this.oxide);
		this.claim.cite(this.trial, CitationRole.SUPPORTS, "500 mg/day as oxide");
		this.claim.cite(this.blog, CitationRole.ASSERTED_BY, null);
		new CitationFormatter().formatAll(List.of(this.trial, this.blog));
		this.claim.assess(lowCertainty());
	}

	/** The assessment of the sample claim: one small trial, in older adults only. */
	public Assessment lowCertainty() {
		return new Assessment(Certainty.LOW,
				List.of(new CertaintyStep("start High", "randomized trial"),
						new CertaintyStep("-1 imprecision", "a single trial of 46 participants"),
						new CertaintyStep("-1 indirectness", "every study it rests on was in older adults")),
				"For: 1 randomized trial, 46 participants, all in older adults.", List.of("Shop blog: a web article"),
				"Larger randomized placebo-controlled trials would change this.",
				List.of(new FitFlag(FitFlagKind.OLDER_ADULTS_ONLY, "Every supporting study was in older adults.")),
				true, false, Certainty.HIGH);
	}

}
