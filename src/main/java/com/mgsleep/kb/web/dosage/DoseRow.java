package com.mgsleep.kb.web.dosage;

import java.util.List;
import java.util.function.Function;

import com.mgsleep.kb.citation.Citation;
import com.mgsleep.kb.dosage.Dosage;
import com.mgsleep.kb.web.fragment.Link;

/**
 * A dosage statement as a table row shows it.
 *
 * @param population who it is for
 * @param amount the amount as written
 * @param note the editors' note, or empty
 * @param purpose what it is stated for
 * @param form the form, or {@code null}
 * @param timing when to take it, as written, or {@code null}
 * @param warnings problems with the dose
 * @param sources its sources
 */
public record DoseRow(String population, String amount, String note, String purpose, Link form, String timing,
		List<Warning> warnings, List<Link> sources) {

	/** A row whose sources link to their reference pages. */
	public static DoseRow of(Dosage dosage) {
		return of(dosage, Citation::getPageUrl);
	}

	/** A row whose web-article sources link to their scorecards. */
	public static DoseRow withSourcePages(Dosage dosage) {
		return of(dosage,
				(citation) -> citation.isSecondary() ? Citation.sourceUrlOf(citation.getKey()) : citation.getPageUrl());
	}

	private static DoseRow of(Dosage dosage, Function<Citation, String> url) {
		return new DoseRow(dosage.getPopulation().getLabel(), dosage.getAmountText(), dosage.getNote(),
				dosage.getPurpose().getLabel(),
				(dosage.getForm() != null) ? new Link(dosage.getForm().getUrl(), dosage.getForm().getName()) : null,
				dosage.getTimingText(),
				dosage.getWarnings()
					.stream()
					.map((warning) -> new Warning(warning.kind().getHeading(), warning.message()))
					.toList(),
				dosage.getCitations()
					.stream()
					.map((citation) -> new Link(url.apply(citation), citation.getLabel()))
					.toList());
	}

	/**
	 * A problem with a dose.
	 *
	 * @param heading its first words, in bold
	 * @param message the sentence for readers
	 */
	public record Warning(String heading, String message) {

	}

}
