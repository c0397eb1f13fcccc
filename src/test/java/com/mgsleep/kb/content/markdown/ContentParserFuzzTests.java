package com.mgsleep.kb.content.markdown;

import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Feeds arbitrary bytes to the parser as an article, a form and a references file. Every
 * input must end in a result whose errors are well located; any exception is a finding.
 * Without {@code JAZZER_FUZZ=1} only the seeds in {@code ContentParserFuzzTestsInputs}
 * run, as a regression test.
 */
class ContentParserFuzzTests {

	private static final List<String> PATHS = List.of("articles/fuzz.md", "references/fuzz.md", "forms/fuzz.md",
			"topics/fuzz.md");

	private final ContentParser parser = new ContentParser();

	@FuzzTest(maxDuration = "10s")
	void parseFileWhenAnyBytesThenReportsOnlyLocatedErrors(byte[] bytes) {
		for (String path : PATHS) {
			ParseResult result = this.parser.parseFile(path, bytes);
			// whatever the parser keeps from a broken file is located in that file too
			assertThat(result.knowledgeBase().claims()).allSatisfy((claim) -> {
				assertThat(claim.at().file()).isEqualTo(path);
				assertThat(claim.at().line()).isPositive();
			});
			assertThat(result.errors()).as("errors are sorted by line").isSortedAccordingTo(ContentError::compareTo);
			for (ContentError error : result.errors()) {
				assertThat(error.file()).as("file of %s", error).isEqualTo(path);
				assertThat(error.line()).as("line of %s", error).isPositive();
				assertThat(error.message()).as("message of %s", error).isNotBlank().doesNotContain("\n", "\r");
			}
		}
	}

}
