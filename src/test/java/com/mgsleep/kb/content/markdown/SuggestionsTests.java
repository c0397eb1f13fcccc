package com.mgsleep.kb.content.markdown;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link Suggestions}, the "did you mean" hints.
 */
class SuggestionsTests {

	private static final List<String> KEYS = List.of("abbasi-2012", "mah-pitre-2021", "iom-1997");

	@Test
	void unknownWhenOneLetterMissingThenSuggestsKey() {
		assertThat(Suggestions.unknown("citation key", "abasi-2012", KEYS))
			.isEqualTo("unknown citation key `abasi-2012`; did you mean `abbasi-2012`?");
	}

	@Test
	void unknownWhenNothingCloseThenGivesNoHint() {
		assertThat(Suggestions.unknown("citation key", "held-2002", KEYS))
			.isEqualTo("unknown citation key `held-2002`");
	}

	@Test
	void closestWhenTwoCandidatesEquallyCloseThenPicksFirstAlphabetically() {
		assertThat(Suggestions.closest("oxid", List.of("oxide", "oxids"))).contains("oxide");
	}

	@Test
	void closestWhenLongInputThenAllowsAQuarterOfItsLengthInEdits() {
		assertThat(Suggestions.closest("falling-aslep-now", List.of("falling-asleep-now"))).isPresent();
		assertThat(Suggestions.closest("fallen-asleep-no", List.of("falling-asleep-now"))).isPresent();
		assertThat(Suggestions.closest("rct", List.of("cohort"))).isEmpty();
	}

	@Test
	void oneOfWhenValueUnknownThenListsAllowedValues() {
		assertThat(Suggestions.oneOf("verdict", "limitted", Vocabulary.VERDICTS))
			.isEqualTo("unknown verdict `limitted`; did you mean `limited`? (allowed: supported, limited, mixed,"
					+ " unsupported, contradicted, general-advice)");
	}

	@Test
	void distanceWhenComparingStringsThenCountsEdits() {
		assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
		assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
		assertThat(Suggestions.distance("same", "same")).isZero();
	}

}
