package com.mgsleep.kb.content.markdown;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks each bibliography entry against the others: its form, the web articles citing
 * it, and what a review pooled.
 */
final class ReferenceChecks {

	/** The designs whose results go into an evidence table. */
	static final List<String> HUMAN_STUDIES = List.of("meta-analysis", "systematic-review", "rct", "crossover-rct",
			"open-label", "cohort", "cross-sectional");

	private final Map<String, ParsedReference> references;

	private final Set<String> forms;

	private final Problems problems;

	ReferenceChecks(Map<String, ParsedReference> references, Set<String> forms, Problems problems) {
		this.references = references;
		this.forms = forms;
		this.problems = problems;
	}

	void check(ParsedReference reference) {
		if (reference.form() != null && !this.forms.contains(reference.form())) {
			this.problems.add(reference.at(), Suggestions.unknown("form", reference.form(), this.forms));
		}
		for (String citer : reference.citedBy()) {
			ParsedReference source = this.references.get(citer);
			if (source == null) {
				this.problems.add(reference.at(), "unknown citation key `" + citer + "` in `cited-by`"
						+ Suggestions.hint(citer, this.references.keySet()));
			}
			else if (!source.secondary()) {
				this.problems.add(reference.at(), "`cited-by` lists `" + citer + "`, which is not a web article");
			}
		}
		if (reference.sellsSupplements() != null && !reference.secondary()) {
			this.problems.add(reference.at(), "`sells-supplements` applies to web articles only");
		}
		checkReview(reference);
		checkResults(reference);
	}

	/**
	 * Evidence tables compare studies in people; a web article, a report or an opinion
	 * has no result of its own to put in a row.
	 */
	private void checkResults(ParsedReference reference) {
		if (!reference.results().isEmpty() && !HUMAN_STUDIES.contains(reference.design())) {
			this.problems.add(reference.results().get(0).at(), "`" + reference.key() + "` is a " + reference.design()
					+ "; only studies in people (" + String.join(", ", HUMAN_STUDIES) + ") have `results`");
		}
	}

	/**
	 * A review's start of certainty and its participants depend on what it pooled, so
	 * that is recorded rather than guessed.
	 */
	private void checkReview(ParsedReference reference) {
		boolean systematic = Vocabulary.SYSTEMATIC_DESIGNS.contains(reference.design());
		if (systematic && reference.reviewOf() == null) {
			this.problems.add(reference.at(), "`" + reference.key() + "` is a " + reference.design()
					+ "; say what it pooled with `review-of: randomized-trials` or `review-of: observational-studies`");
		}
		if (!systematic && (reference.reviewOf() != null || !reference.includes().isEmpty()
				|| reference.ratedCertainty() != null)) {
			this.problems.add(reference.at(), "`review-of`, `includes` and `rated-certainty` apply to designs "
					+ String.join(" and ", Vocabulary.SYSTEMATIC_DESIGNS) + " only");
		}
		for (String included : reference.includes()) {
			ParsedReference study = this.references.get(included);
			if (study == null) {
				this.problems.add(reference.at(), "unknown citation key `" + included + "` in `includes`"
						+ Suggestions.hint(included, this.references.keySet()));
			}
			else if (study.secondary() || included.equals(reference.key())) {
				this.problems.add(reference.at(),
						"`includes` lists `" + included + "`, which is not a study the review pooled");
			}
		}
	}

}
