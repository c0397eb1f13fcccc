package com.mgsleep.kb.evidence;

import java.util.List;

import com.mgsleep.kb.vocabulary.DosagePurpose;
import com.mgsleep.kb.vocabulary.Population;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Timing conflicts between sources, on hand-made statements.
 */
class ConflictDetectorTests {

	private static DoseStatement timed(String source, int min, int max) {
		return new DoseStatement(Population.ADULTS, DosagePurpose.SLEEP_SUPPORT, 200, 400, source, min, max);
	}

	@Test
	void timingConflictsWhenWindowsDoNotOverlapThenReportsThePair() {
		List<TimingConflict> conflicts = ConflictDetector
			.timingConflicts(List.of(timed("Alaska Sleep Clinic", 30, 90), timed("Topvitamine 2025", 60, 120)));
		assertThat(conflicts).isEmpty();
		conflicts = ConflictDetector
			.timingConflicts(List.of(timed("Alaska Sleep Clinic", 30, 60), timed("Topvitamine 2025", 60, 120)));
		assertThat(conflicts).singleElement().satisfies((conflict) -> {
			assertThat(conflict.laterSource()).isEqualTo("Alaska Sleep Clinic");
			assertThat(conflict.later()).isEqualTo("30-60 min");
			assertThat(conflict.earlierSource()).isEqualTo("Topvitamine 2025");
		});
	}

	@Test
	void timingConflictsWhenHoursThenWindowsReadInHours() {
		List<TimingConflict> conflicts = ConflictDetector
			.timingConflicts(List.of(timed("A", 30, 45), timed("B", 60, 120), timed("B", 60, 120)));
		assertThat(conflicts).singleElement()
			.satisfies((conflict) -> assertThat(conflict.getMessage()).isEqualTo(
					"A says 30-45 min before bed; B says 1-2 h before bed. The two windows meet at most at their edge."));
	}

	@Test
	void timingConflictsIgnoreUntimedStatementsAndTheSameSource() {
		DoseStatement untimed = new DoseStatement(Population.ADULTS, DosagePurpose.SLEEP_SUPPORT, 200, 200, "C", null,
				null);
		DoseStatement study = new DoseStatement(Population.ADULTS, DosagePurpose.STUDY_DOSE, 500, 500, "D", 0, 10);
		assertThat(ConflictDetector.timingConflicts(List.of(timed("A", 30, 45), timed("A", 60, 120), untimed, study)))
			.isEmpty();
	}

}
