package com.mgsleep.kb.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.mgsleep.kb.article.Article;
import com.mgsleep.kb.bottomline.BottomLine;
import com.mgsleep.kb.citation.Citation;
import com.mgsleep.kb.claim.Claim;
import com.mgsleep.kb.disagreement.Disagreement;
import com.mgsleep.kb.dosage.Dosage;
import com.mgsleep.kb.form.MagnesiumForm;
import com.mgsleep.kb.outcome.OutcomeSummary;
import com.mgsleep.kb.outcome.StudyResult;
import com.mgsleep.kb.topic.Topic;

/**
 * The entities an import has built so far, by key, to link the next ones; written to the
 * database together at the end.
 */
final class ImportedEntities {

	/** Works out each claim's certainty from the parsed content. */
	final ClaimAssessor assessor;

	final Map<String, Citation> citations = new LinkedHashMap<>();

	final Map<String, Topic> topics = new LinkedHashMap<>();

	final Map<String, MagnesiumForm> forms = new LinkedHashMap<>();

	final Map<String, Article> articles = new LinkedHashMap<>();

	final Map<String, Claim> claims = new LinkedHashMap<>();

	final List<Dosage> dosages = new ArrayList<>();

	final List<Disagreement> disagreements = new ArrayList<>();

	final List<BottomLine> bottomLines = new ArrayList<>();

	final List<StudyResult> results = new ArrayList<>();

	final List<OutcomeSummary> summaries = new ArrayList<>();

	ImportedEntities(ClaimAssessor assessor) {
		this.assessor = assessor;
	}

	ImportSummary summary() {
		return new ImportSummary(this.articles.size(), this.claims.size(), this.dosages.size(), this.citations.size(),
				this.forms.size(), this.topics.size(), this.disagreements.size());
	}

}
