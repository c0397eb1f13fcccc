package com.mgsleep.kb.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.mgsleep.kb.vocabulary.DosagePurpose;
import com.mgsleep.kb.vocabulary.DoseWarningKind;
import com.mgsleep.kb.vocabulary.Population;

/**
 * Compares stated doses with the Recommended Dietary Allowance (intake from all sources)
 * and the tolerable upper intake level (supplements and medicines only) for their
 * population.
 */
public final class DoseChecker {

	/** Reference values within this many mg count as "the same number". */
	private static final double TOLERANCE_MG = 5;

	private final Map<Population, Double> upperLimits;

	private final List<Double> adultRdas;

	/**
	 * @param references every dose statement, from which the upper limits and the
	 * Recommended Dietary Allowances are taken
	 */
	public DoseChecker(List<DoseStatement> references) {
		this.upperLimits = references.stream()
			.filter((dose) -> dose.purpose() == DosagePurpose.UPPER_LIMIT)
			.collect(Collectors.toMap(DoseStatement::population, DoseStatement::maxMg, Math::min));
		this.adultRdas = references.stream()
			.filter((dose) -> dose.purpose() == DosagePurpose.RDA && dose.population().isAdult())
			.map(DoseStatement::maxMg)
			.distinct()
			.toList();
	}

	public List<DoseWarning> check(DoseStatement dose) {
		List<DoseWarning> warnings = new ArrayList<>();
		if (!dose.isRecommendation() && dose.purpose() != DosagePurpose.STUDY_DOSE) {
			return warnings;
		}
		upperLimit(dose.population()).filter((limit) -> dose.maxMg() > limit + 0.001)
			.ifPresent((limit) -> warnings.add(new DoseWarning(DoseWarningKind.ABOVE_UPPER_LIMIT,
					String.format(
							"%s mg/day is above the upper limit of %s mg/day for magnesium from supplements in"
									+ " this group; above it, diarrhea and other digestive effects become likely.",
							amount(dose.maxMg()), amount(limit)))));
		if (dose.isRecommendation() && isRda(dose.minMg()) && isRda(dose.maxMg())) {
			warnings.add(new DoseWarning(DoseWarningKind.RDA_AS_SUPPLEMENT_DOSE,
					"This is the Recommended Dietary Allowance, which"
							+ " counts magnesium from food and drink too; taken as a supplement on top of a normal diet it is"
							+ " far more than anyone needs to add, and it can exceed the supplement upper limit."));
		}
		return warnings;
	}

	/** The group's own upper limit, or the adult one for any adult group. */
	Optional<Double> upperLimit(Population population) {
		Double own = this.upperLimits.get(population);
		if (own != null) {
			return Optional.of(own);
		}
		return population.isAdult() ? Optional.ofNullable(this.upperLimits.get(Population.ADULTS)) : Optional.empty();
	}

	private boolean isRda(double mg) {
		return this.adultRdas.stream().anyMatch((rda) -> Math.abs(rda - mg) <= TOLERANCE_MG);
	}

	private static String amount(double mg) {
		return (mg == Math.rint(mg)) ? String.valueOf((long) mg) : String.valueOf(mg);
	}

}
