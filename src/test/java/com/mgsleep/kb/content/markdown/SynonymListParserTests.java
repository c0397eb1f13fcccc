package com.mgsleep.kb.content.markdown;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SynonymListParserTests {

	private final ContentParser parser = new ContentParser();

	@Test
	void parseWhenListItemsThenEachIsAGroupWithItsLine() {
		ParseResult result = parse("""
				# Search synonyms

				Each list item is one group.

				- insomnia, sleeplessness
				- RLS,  restless legs   syndrome, restless legs
				* Mg, magnesium
				""");
		assertThat(result.errors()).isEmpty();
		assertThat(result.knowledgeBase().synonyms()).containsExactly(
				new ParsedSynonymGroup(new SourceLine("synonyms.md", 5), List.of("insomnia", "sleeplessness")),
				new ParsedSynonymGroup(new SourceLine("synonyms.md", 6),
						List.of("RLS", "restless legs syndrome", "restless legs")),
				new ParsedSynonymGroup(new SourceLine("synonyms.md", 7), List.of("Mg", "magnesium")));
	}

	@Test
	void parseWhenGroupHasOneTermThenNamesTheLine() {
		assertThat(errorsOf("- insomnia\n- a, b\n")).containsExactly("synonyms.md:1: a synonym group needs at least two"
				+ " terms separated by commas, as in `insomnia, sleeplessness`; found [insomnia]");
	}

	@Test
	void parseWhenTermInTwoGroupsThenPointsToTheFirst() {
		assertThat(errorsOf("- glycinate, bisglycinate\n- chelate, Bisglycinate\n"))
			.containsExactly("synonyms.md:2: synonym `Bisglycinate` is already in the group on line 1; merge the two"
					+ " groups into one list item");
	}

	@Test
	void parseWhenTermHasQuerySyntaxThenRejectsIt() {
		assertThat(errorsOf("- mg*, magnesium\n")).containsExactly("synonyms.md:1: synonym `mg*` may hold only letters,"
				+ " digits, spaces, hyphens and apostrophes; separate terms with commas");
	}

	@Test
	void parseWhenFrontMatterThenAsksToRemoveIt() {
		assertThat(errorsOf("---\ntitle: x\n---\n- a, b\n"))
			.containsExactly("synonyms.md:1: `synonyms.md` takes no front matter; remove the `---` block");
	}

	@Test
	void parseWhenSynonymFileInSubfolderThenItIsOutsideTheKnownFolders() {
		ParseResult result = this.parser.parseFile("topics/synonyms.md", "- a, b\n".getBytes(StandardCharsets.UTF_8));
		assertThat(result.errors()).isNotEmpty();
		assertThat(result.knowledgeBase().synonyms()).isEmpty();
	}

	private ParseResult parse(String text) {
		return this.parser.parseFile("synonyms.md", text.getBytes(StandardCharsets.UTF_8));
	}

	private List<String> errorsOf(String text) {
		return parse(text).errors().stream().map(ContentError::toString).toList();
	}

}
