package com.mgsleep.kb.content.markdown;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Tests for {@link CitationSyntax}: prose groups and claim citation lists.
 */
class CitationSyntaxTests {

	private static final SourceLine AT = new SourceLine("articles/a.md", 7);

	private final Problems problems = new Problems();

	@Test
	void groupWhenSeveralKeysWithLocatorThenSplitsThem() {
		List<CitationUse> uses = CitationSyntax.group("@a; @b, p. 3", AT, this.problems);
		assertThat(uses).extracting(CitationUse::key, CitationUse::note)
			.containsExactly(tuple("a", null), tuple("b", "p. 3"));
		assertThat(this.problems.sorted()).isEmpty();
	}

	@Test
	void groupWhenPartHasNoKeyThenReportsIt() {
		List<CitationUse> uses = CitationSyntax.group("@a; b", AT, this.problems);
		assertThat(uses).extracting(CitationUse::key).containsExactly("a");
		assertThat(this.problems.sorted()).extracting(ContentError::toString)
			.containsExactly("articles/a.md:7: cannot read citation `b`; write `[@key]` or `[@a; @b]`");
	}

	@Test
	void listWhenNotesContainCommasAndSemicolonsThenKeepsThem() {
		List<CitationUse> uses = CitationSyntax.list("[@a: 3 RCTs, 151 adults], [@b], [@c: cited; wrongly]", AT,
				this.problems);
		assertThat(uses).extracting(CitationUse::key, CitationUse::note)
			.containsExactly(tuple("a", "3 RCTs, 151 adults"), tuple("b", null), tuple("c", "cited; wrongly"));
		assertThat(this.problems.sorted()).isEmpty();
	}

	@Test
	void listWhenTextBetweenCitationsThenReportsIt() {
		List<CitationUse> uses = CitationSyntax.list("[@a] and @b", AT, this.problems);
		assertThat(uses).extracting(CitationUse::key).containsExactly("a");
		assertThat(this.problems.sorted()).extracting(ContentError::toString)
			.containsExactly("articles/a.md:7: unexpected text `and @b` in a citation list; write citations as"
					+ " `[@key]` or `[@key: note]`, separated by commas");
	}

}
