package com.mgsleep.kb.dosage;

import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import com.mgsleep.kb.vocabulary.DosagePurpose;
import com.mgsleep.kb.vocabulary.Population;

/**
 * The reference figures every dose is read against, as the content states them: the adult
 * upper limit for supplements and the range of the adult Recommended Dietary Allowances.
 *
 * @param adultUpperLimit the adult upper limit, mg a day from supplements
 * @param adultRdaMin the lowest adult RDA, mg a day from all sources
 * @param adultRdaMax the highest adult RDA
 */
public record DosageFacts(double adultUpperLimit, double adultRdaMin, double adultRdaMax) {

	/**
	 * Takes the figures from the dosage statements.
	 * @param dosages every dosage statement
	 * @return the figures, or empty when the content states no reference intakes at all;
	 * content that states some but not the adult ones does not pass the content check
	 */
	public static Optional<DosageFacts> of(List<Dosage> dosages) {
		OptionalDouble upperLimit = dosages.stream()
			.filter((dosage) -> dosage.getPurpose() == DosagePurpose.UPPER_LIMIT
					&& dosage.getPopulation() == Population.ADULTS)
			.mapToDouble(Dosage::getMaxMg)
			.findFirst();
		DoubleSummaryStatistics rdas = dosages.stream()
			.filter((dosage) -> dosage.getPurpose() == DosagePurpose.RDA && dosage.getPopulation().isAdultBySex())
			.mapToDouble(Dosage::getMaxMg)
			.summaryStatistics();
		if (upperLimit.isEmpty() || rdas.getCount() == 0) {
			return Optional.empty();
		}
		return Optional.of(new DosageFacts(upperLimit.getAsDouble(), rdas.getMin(), rdas.getMax()));
	}

	/** "350 mg". */
	public String upperLimitText() {
		return mg(this.adultUpperLimit) + " mg";
	}

	/** "310-420 mg". */
	public String rdaRangeText() {
		return mg(this.adultRdaMin) + "-" + mg(this.adultRdaMax) + " mg";
	}

	private static String mg(double value) {
		return (value == Math.rint(value)) ? String.valueOf((long) value) : String.valueOf(value);
	}

}
