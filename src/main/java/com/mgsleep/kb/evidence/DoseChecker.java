package com.mgsleep.kb.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Compares stated doses with the Recommended Dietary Allowance (intake from all sources)
 * and the tolerable upper intake level (supplements and medicines only) for their
 * population.
 */
public final class DoseChecker {

	/** Reference values within this many mg count as "the same number". */
	private static final double TOLERANCE_MG = 5;

	private final Map<String, Double> upperLimits;

	private final List<Double> adultRdas;

	/**
	 * @param references every dose statement, from which the {@code upper-limit} and
	 * {@code rda} rows are taken
	 */
	public DoseChecker(List<DoseStatement> references) {
		this.upperLimits = references.stream()
			.filter((dose) -> "upper-limit".equals(dose.purpose()))
			.collect(Collectors.toMap(DoseStatement::population, DoseStatement::maxMg, Math::min));
		this.adultRdas = references.stream()
			.filter((dose) -> "rda".equals(dose.purpose()) && isAdult(dose.population()))
			.map(DoseStatement::maxMg)
			.distinct()
			.toList();
	}

	public List<DoseWarning> check(DoseStatement dose) {
		List<DoseWarning> warnings = new ArrayList<>();
		if (!dose.isRecommendation() && !"study-dose".equals(dose.purpose())) {
			return warnings;
		}
		upperLimit(dose.population()).filter((limit) -> dose.maxMg() > limit + 0.001)
			.ifPresent((limit) -> warnings.add(new DoseWarning("above-upper-limit",
					String.format(
							"%s mg/day is above the upper limit of %s mg/day for magnesium from supplements in"
									+ " this group; above it, diarrhea and other digestive effects become likely.",
							amount(dose.maxMg()), amount(limit)))));
		if (dose.isRecommendation() && isRda(dose.minMg()) && isRda(dose.maxMg())) {
			warnings.add(new DoseWarning("rda-as-supplement-dose", "This is the Recommended Dietary Allowance, which"
					+ " counts magnesium from food and drink too; taken as a supplement on top of a normal diet it is"
					+ " far more than anyone needs to add, and it can exceed the supplement upper limit."));
		}
		return warnings;
	}

	/** The group's own upper limit, or the adult one for any adult group. */
	Optional<Double> upperLimit(String population) {
		Double own = this.upperLimits.get(population);
		if (own != null) {
			return Optional.of(own);
		}
		return isAdult(population) ? Optional.ofNullable(this.upperLimits.get("adults")) : Optional.empty();
	}

	private boolean isRda(double mg) {
		return this.adultRdas.stream().anyMatch((rda) -> Math.abs(rda - mg) <= TOLERANCE_MG);
	}

	static boolean isAdult(String population) {
		return population.equals("adults") || population.equals("older-adults") || population.equals("pregnant-women")
				|| population.matches("(men|women)-.*") || population.matches("(pregnancy|lactation)-(19-30|31-50)");
	}

	private static String amount(double mg) {
		return (mg == Math.rint(mg)) ? String.valueOf((long) mg) : String.valueOf(mg);
	}

}
