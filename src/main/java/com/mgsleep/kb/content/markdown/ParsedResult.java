package com.mgsleep.kb.content.markdown;

/**
 * What one study found for one outcome, in our words and, where the checked bibliography
 * gives them, in numbers.
 *
 * @param at the line of its {@code outcome}
 * @param outcome an outcome slug (see {@code Outcome})
 * @param direction which way the result went (see {@code ResultDirection})
 * @param finding the result in one sentence of our own
 * @param measure how the size is expressed (see {@code EffectMeasure}), or {@code null}
 * without a number
 * @param value the estimate, or {@code null}
 * @param low the lower end of its 95% confidence interval, or {@code null}
 * @param high the upper end, or {@code null}
 * @param unit the unit of a mean difference, such as {@code min} or {@code points}
 * @param p the p value as written ({@code 0.02}, {@code <0.05}), or {@code null}
 * @param participants how many people this result is about, when not the whole study
 * @param population who this result is about, when not the whole study
 */
public record ParsedResult(SourceLine at, String outcome, String direction, String finding, String measure,
		Double value, Double low, Double high, String unit, String p, Integer participants, String population) {

	public boolean hasInterval() {
		return this.low != null && this.high != null;
	}

}
