package com.mgsleep.kb.evidence;

import java.util.List;

import com.mgsleep.kb.vocabulary.DosagePurpose;
import com.mgsleep.kb.vocabulary.Population;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dose statements checked against hand-made reference values.
 */
class DoseCheckerTests {

	private static final List<DoseStatement> REFERENCES = List.of(dose("adults", "upper-limit", 350, 350),
			dose("children-4-8", "upper-limit", 110, 110), dose("men-19-30", "rda", 400, 400),
			dose("men-31-50", "rda", 420, 420), dose("women-19-30", "rda", 310, 310),
			dose("women-31-50", "rda", 320, 320), dose("children-4-8", "rda", 130, 130));

	private final DoseChecker checker = new DoseChecker(REFERENCES);

	static DoseStatement dose(String population, String purpose, double min, double max) {
		return new DoseStatement(Population.fromSlug(population), DosagePurpose.fromSlug(purpose), min, max, "Source",
				null, null);
	}

	@Test
	void checkWhenTrialDoseAboveAdultLimitThenWarns() {
		assertThat(this.checker.check(dose("older-adults", "study-dose", 500, 500))).singleElement()
			.satisfies((warning) -> {
				assertThat(warning.kind().getSlug()).isEqualTo("above-upper-limit");
				assertThat(warning.message()).startsWith("500 mg/day is above the upper limit of 350 mg/day");
			});
	}

	@Test
	void checkWhenSweetSpotReaches400ThenAboveLimit() {
		assertThat(this.checker.check(dose("adults", "sleep-support", 200, 400)))
			.extracting((warning) -> warning.kind().getSlug())
			.containsExactly("above-upper-limit");
	}

	@Test
	void checkWhenWithinLimitThenNoWarning() {
		assertThat(this.checker.check(dose("adults", "sleep-support", 200, 350))).isEmpty();
		assertThat(this.checker.check(dose("women-31-50", "study-dose", 250, 250))).isEmpty();
	}

	@Test
	void checkWhenRdaPresentedAsSupplementDoseThenWarnsTwice() {
		assertThat(this.checker.check(dose("adults", "sleep-support", 400, 420)))
			.extracting((warning) -> warning.kind().getSlug())
			.containsExactly("above-upper-limit", "rda-as-supplement-dose");
		assertThat(this.checker.check(dose("adults", "sleep-support", 310, 320)))
			.extracting((warning) -> warning.kind().getSlug())
			.containsExactly("rda-as-supplement-dose");
	}

	@Test
	void checkWhenReferenceRowsThemselvesThenNoWarning() {
		assertThat(this.checker.check(dose("men-31-50", "rda", 420, 420))).isEmpty();
		assertThat(this.checker.check(dose("adults", "upper-limit", 350, 350))).isEmpty();
	}

	@Test
	void checkUsesTheGroupsOwnLimitForChildren() {
		assertThat(this.checker.check(dose("children-4-8", "sleep-support", 120, 120)))
			.extracting((warning) -> warning.kind().getSlug())
			.containsExactly("above-upper-limit");
		assertThat(this.checker.upperLimit(Population.WOMEN_51_PLUS)).hasValue(350.0);
		assertThat(this.checker.upperLimit(Population.INFANTS_0_6M)).isEmpty();
	}

}
