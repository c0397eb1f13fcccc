package com.mgsleep.kb.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SentencesTests {

	@Test
	void ofWhenFragmentThenCapitalizedWithAFullStop() {
		assertThat(Sentences.of(" 500 mg a day as oxide ")).isEqualTo("500 mg a day as oxide.");
		assertThat(Sentences.of("calls it the RDA")).isEqualTo("Calls it the RDA.");
		assertThat(Sentences.of("Is it safe?")).isEqualTo("Is it safe?");
		assertThat(Sentences.of(" ")).isEmpty();
		assertThat(Sentences.of(null)).isEmpty();
	}

	@Test
	void labelledWhenSourceThenOneSentenceNamingIt() {
		assertThat(Sentences.labelled("Abbasi 2012", "Serum melatonin rose"))
			.isEqualTo("Abbasi 2012: serum melatonin rose.");
		assertThat(Sentences.labelled(null, "serum melatonin rose")).isEqualTo("Serum melatonin rose.");
		assertThat(Sentences.labelled("Abbasi 2012", "")).isEmpty();
	}

}
