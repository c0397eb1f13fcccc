package com.mgsleep.kb.content.markdown;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bottom line that opens a topic, a form or the home page.
 */
class BottomLineReaderTests {

	private static final String TOPIC = "---\nname: Falling asleep\ndescription: How long it takes.\n---\n";

	private final ContentParser parser = new ContentParser();

	@Test
	void parseWhenTopicOpensWithABottomLineThenItIsReadAndTheRestIsTheBody() {
		ParseResult result = parse("topics/falling-asleep.md",
				TOPIC + "> [!bottom-line]\n" + "> Magnesium may help older adults fall asleep a little faster\n"
						+ "> ([low certainty](/claims/onset)). No form is [shown to be better](/claims/forms).\n" + "\n"
						+ "More about [the trials](/claims/onset).\n");
		assertThat(result.errors()).isEmpty();
		ParsedBottomLine bottomLine = result.knowledgeBase().bottomLines().get(0);
		assertThat(bottomLine.page()).isEqualTo("/topics/falling-asleep");
		assertThat(bottomLine.at().line()).isEqualTo(5);
		assertThat(bottomLine.markdown()).startsWith("Magnesium may help").doesNotContain("> ");
		assertThat(bottomLine.links().links()).extracting(LinkUse::target)
			.containsExactly("/claims/onset", "/claims/forms");
		ParsedTopic topic = result.knowledgeBase().topics().get(0);
		assertThat(topic.markdown()).isEqualTo("\nMore about [the trials](/claims/onset).\n");
		assertThat(topic.bodyFirstLine()).isEqualTo(8);
	}

	@Test
	void parseWhenASentenceOrItemLinksNoClaimThenErrorAtItsLine() {
		ParseResult result = parse("forms/glycinate.md",
				"---\nname: Magnesium glycinate\n---\n> [!bottom-line]\n"
						+ "> No trial shows it is best ([claim](/claims/best)). It is gentle on the stomach.\n> \n"
						+ "> - Take it with food.\n> - Mind the dose ([claim](/claims/dose)).\n");
		assertThat(result.errors()).extracting(ContentError::toString)
			.containsExactly(
					"forms/glycinate.md:5: every sentence of a bottom line links to a claim; `It is gentle on the"
							+ " stomach.` links to none (add `[words](/claims/<id>)`)",
					"forms/glycinate.md:7: every sentence of a bottom line links to a claim; `Take it with food.` links"
							+ " to none (add `[words](/claims/<id>)`)");
	}

	@Test
	void parseWhenBottomLineCitesAReferenceThenErrorSendsToTheClaim() {
		ParseResult result = parse("topics/falling-asleep.md",
				TOPIC + "> [!bottom-line]\n> Faster by 17 minutes ([claim](/claims/onset)) [@mah-pitre-2021].\n");
		assertThat(result.errors()).extracting(ContentError::message)
			.containsExactly("a bottom line links to the claims behind it, not to references; link the claim that"
					+ " cites the reference instead");
	}

	@Test
	void parseWhenHomeFileThenQuestionAndBottomLine() {
		ParseResult result = parse("home.md", "---\nquestion: Does magnesium help you sleep?\n---\n"
				+ "> [!bottom-line]\n> A little, in older adults ([low certainty](/claims/onset)).\n");
		assertThat(result.errors()).isEmpty();
		assertThat(result.knowledgeBase().bottomLines()).singleElement().satisfies((bottomLine) -> {
			assertThat(bottomLine.page()).isEqualTo("/");
			assertThat(bottomLine.heading()).isEqualTo("Does magnesium help you sleep?");
		});
	}

	@Test
	void parseWhenHomeFileHasOtherTextOrNoBottomLineThenSaysWhatItHolds() {
		assertThat(parse("home.md", "---\nquestion: Q?\n---\nSome prose.\n").errors())
			.extracting(ContentError::toString)
			.containsExactly("home.md:4: the home page holds only its bottom line; move other text into an article",
					"home.md:4: the home page needs its bottom line: start the body with `> [!bottom-line]`");
	}

	private ParseResult parse(String path, String text) {
		return this.parser.parseFile(path, text.getBytes(StandardCharsets.UTF_8));
	}

}
