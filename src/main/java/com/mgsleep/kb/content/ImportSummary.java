package com.mgsleep.kb.content;

/**
 * How many entities an import wrote.
 *
 * @param articles articles
 * @param claims claims
 * @param dosages dosage statements
 * @param citations references
 * @param forms magnesium forms
 * @param topics topics
 * @param disagreements disagreements
 */
public record ImportSummary(int articles, int claims, int dosages, int citations, int forms, int topics,
		int disagreements) {

	@Override
	public String toString() {
		return this.articles + " articles, " + this.claims + " claims, " + this.dosages + " dosages, " + this.citations
				+ " citations, " + this.forms + " forms, " + this.topics + " topics, " + this.disagreements
				+ " disagreements";
	}

}
