package com.mgsleep.kb.content.markdown;

import java.time.LocalDate;
import java.util.List;

/**
 * A bibliography entry: CSL fields plus the evidence fields of this knowledge base.
 *
 * @param key the citation key
 * @param at the line of its {@code id}
 * @param type the CSL type, such as {@code article-journal}
 * @param title the title
 * @param authors the authors in order
 * @param year the year of publication, or {@code null}
 * @param month the month of publication, or {@code null}
 * @param day the day of publication, or {@code null}
 * @param container the journal, book or site
 * @param volume the volume
 * @param issue the issue
 * @param page the page range
 * @param doi the DOI
 * @param pmid the PubMed id
 * @param pmcid the PubMed Central id
 * @param url the URL
 * @param publisher the publisher
 * @param publisherPlace the publisher's place
 * @param accessed the day a web page was read, or {@code null}
 * @param design one of {@link Vocabulary#DESIGNS}
 * @param status one of {@link Vocabulary#STATUSES}
 * @param population who was studied
 * @param dose the dose studied
 * @param duration how long
 * @param participants the number of participants, or {@code null}
 * @param form the form studied, or {@code null}
 * @param combination whether magnesium was combined with other actives
 * @param outcomeMeasure how outcomes were measured
 * @param sellsSupplements for web articles: whether the publisher sells supplements
 * @param citedBy keys of the web articles that cite it
 * @param verification how it was checked
 * @param reviewOf for a systematic review or meta-analysis: what it pooled, one of
 * {@link Vocabulary#REVIEW_BASES}, or {@code null}
 * @param includes for a review: keys of the studies it includes that are in the
 * bibliography, so that their participants are counted once
 * @param ratedCertainty the certainty the review itself gives its evidence, one of
 * {@link Vocabulary#RATED_CERTAINTIES}, or {@code null}
 * @param elementalMin the least elemental magnesium given a day, in mg, or {@code null}
 * when the study does not say
 * @param elementalMax the most, in mg a day (the same as the least for a fixed dose)
 * @param results what the study found, one entry per outcome it measured
 */
public record ParsedReference(String key, SourceLine at, String type, String title, List<Author> authors, Integer year,
		Integer month, Integer day, String container, String volume, String issue, String page, String doi, String pmid,
		String pmcid, String url, String publisher, String publisherPlace, LocalDate accessed, String design,
		String status, String population, String dose, String duration, Integer participants, String form,
		boolean combination, String outcomeMeasure, Boolean sellsSupplements, List<String> citedBy, String verification,
		String reviewOf, List<String> includes, String ratedCertainty, Double elementalMin, Double elementalMax,
		List<ParsedResult> results) {

	public ParsedReference {
		results = List.copyOf(results);
	}

	public boolean secondary() {
		return Vocabulary.SECONDARY_DESIGN.equals(this.design);
	}

	/**
	 * An author: a person's family and given names, or a literal name such as an
	 * organisation.
	 *
	 * @param family the family name
	 * @param given the given names
	 * @param literal a name that is not split
	 */
	public record Author(String family, String given, String literal) {
	}

}
