package com.mgsleep.kb.content.markdown;

import java.util.List;

/**
 * One row of a dosage table: an amount of elemental magnesium per day.
 *
 * @param at the row's line
 * @param tableTitle the title of the table the row is in (may be empty)
 * @param population one of {@link Vocabulary#POPULATIONS}
 * @param minMg lower bound in mg per day
 * @param maxMg upper bound in mg per day (equal to {@code minMg} for a single amount)
 * @param amountText the amount as written
 * @param purpose one of {@link Vocabulary#PURPOSES}
 * @param form a form slug, or {@code null}
 * @param timing when to take it, or {@code null}
 * @param sources the references that state it
 * @param note the editor's note, or an empty string
 */
public record ParsedDosage(SourceLine at, String tableTitle, String population, double minMg, double maxMg,
		String amountText, String purpose, String form, Timing timing, List<CitationUse> sources, String note) {

	/**
	 * A time before bed.
	 *
	 * @param minMinutes the earliest, in minutes before bed
	 * @param maxMinutes the latest, in minutes before bed
	 * @param text the timing as written
	 */
	public record Timing(int minMinutes, int maxMinutes, String text) {
	}

}
