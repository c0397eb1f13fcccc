package com.mgsleep.kb.search;

import java.text.BreakIterator;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceBreaksTests {

	@Test
	void boundariesWhenSentencesThenBreakAfterTheSpaceBeforeTheNext() {
		String text = "Magnesium helps. Does it? Yes! (Some say.) \"Quoted.\" Last";
		assertThat(SentenceBreaks.boundariesOf(text)).containsExactly(0, 17, 26, 31, 43, 53, text.length());
	}

	@Test
	void boundariesWhenAbbreviationsDecimalsAndLowerCaseThenNoBreak() {
		String text = "Take 2.5 mg, e.g. the glycinate, vs. oxide at 9 p.m. as in Abbasi et al. 2012.";
		assertThat(SentenceBreaks.boundariesOf(text)).containsExactly(0, 73, text.length());
	}

	@Test
	void boundariesWhenBlankLineThenBreaksAtTheNextParagraph() {
		String text = "A heading\n\nthe text\nwraps here";
		assertThat(SentenceBreaks.boundariesOf(text)).containsExactly(0, 11, text.length());
	}

	@Test
	void boundariesWhenEmptyOrEndingInPunctuationThenOnlyTheEnds() {
		assertThat(SentenceBreaks.boundariesOf("")).containsExactly(0);
		assertThat(SentenceBreaks.boundariesOf("One sentence. ")).containsExactly(0, 14);
	}

	@Test
	void followingAndPrecedingWhenOffsetsThenNeighbouringBoundaries() {
		BreakIterator breaks = new SentenceBreaks();
		breaks.setText("First one. Second one. Third.");
		assertThat(breaks.following(0)).isEqualTo(11);
		assertThat(breaks.following(11)).isEqualTo(23);
		assertThat(breaks.following(15)).isEqualTo(23);
		assertThat(breaks.preceding(15)).isEqualTo(11);
		assertThat(breaks.preceding(11)).isEqualTo(0);
		assertThat(breaks.preceding(0)).isEqualTo(BreakIterator.DONE);
		assertThat(breaks.following(29)).isEqualTo(BreakIterator.DONE);
		assertThat(breaks.last()).isEqualTo(29);
		assertThat(breaks.previous()).isEqualTo(23);
		assertThat(breaks.first()).isZero();
		assertThat(breaks.next()).isEqualTo(11);
	}

}
