package com.mgsleep.kb.content;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import com.mgsleep.kb.content.markdown.ContentFixtures;
import com.mgsleep.kb.content.markdown.ContentParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ContentCheck}, the command-line check of a content folder.
 */
class ContentCheckTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void runWhenContentValidThenReturnsZeroAndPrintsSummary() {
		Path folder = ContentFixtures.folder("valid");
		int status = run(folder.toString());
		assertThat(status).isZero();
		assertThat(text(this.out)).isEqualTo(folder + " is valid: 1 articles, 3 claims, 3 dosages, 4 references,"
				+ " 2 forms, 2 topics" + System.lineSeparator());
		assertThat(text(this.err)).isEmpty();
	}

	@Test
	void runWhenContentHasErrorsThenReturnsOneAndPrintsEveryError() {
		Path folder = ContentFixtures.folder("many-errors");
		List<String> expected = new ContentParser().parse(folder)
			.errors()
			.stream()
			.map((error) -> "  " + error)
			.toList();
		int status = run(folder.toString());
		assertThat(status).isOne();
		assertThat(text(this.out)).isEmpty();
		assertThat(text(this.err).lines()).first().isEqualTo("15 content errors:");
		assertThat(text(this.err).lines().skip(1)).containsExactlyElementsOf(expected)
			.contains("  articles/evidence.md:7: unknown citation key `abasi-2012`; did you mean `abbasi-2012`?",
					"  topics/sleep-quality.md:1: front matter opened with `---` is never closed; add a line `---`"
							+ " after the last key");
	}

	@Test
	void runWhenFolderMissingThenReturnsOne(@TempDir Path temp) {
		int status = run(temp.resolve("missing").toString());
		assertThat(status).isOne();
		assertThat(text(this.err)).startsWith("1 content error:").contains("content folder does not exist");
	}

	private int run(String folder) {
		return ContentCheck.run(new String[] { folder }, new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	private static String text(ByteArrayOutputStream stream) {
		return stream.toString(StandardCharsets.UTF_8);
	}

}
