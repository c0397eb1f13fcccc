package com.mgsleep.kb.content.markdown;

import java.util.List;
import java.util.function.Predicate;

import com.mgsleep.kb.vocabulary.DosagePurpose;
import com.mgsleep.kb.vocabulary.Population;

/**
 * The site reads every dose against the adult upper limit and the adult Recommended
 * Dietary Allowances: content that states upper limits or allowances must state the adult
 * ones, or the pages would have to guess them.
 */
final class ReferenceIntakeCheck {

	private ReferenceIntakeCheck() {
	}

	static void check(List<ParsedDosage> dosages, Problems problems) {
		require(dosages, DosagePurpose.UPPER_LIMIT, (population) -> population == Population.ADULTS,
				"none for `adults`; add the adult upper limit, such as `| adults | 350 mg/day | upper-limit | ... |`",
				problems);
		require(dosages, DosagePurpose.RDA, Population::isAdultBySex,
				"none for adult men or women; add them, such as `| men-19-30 | 400 mg/day | rda | ... |`", problems);
	}

	private static void require(List<ParsedDosage> dosages, DosagePurpose purpose, Predicate<Population> adult,
			String missing, Problems problems) {
		List<ParsedDosage> rows = dosages.stream()
			.filter((dosage) -> purpose.getSlug().equals(dosage.purpose()))
			.filter((dosage) -> Vocabulary.POPULATIONS.contains(dosage.population()))
			.toList();
		if (!rows.isEmpty() && rows.stream().map((row) -> Population.fromSlug(row.population())).noneMatch(adult)) {
			problems.add(rows.get(0).at(), "the dosage tables give `" + purpose.getSlug() + "` rows but " + missing);
		}
	}

}
