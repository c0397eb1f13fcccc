package com.mgsleep.kb.content;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

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

	@Test
	void runWhenRealContentThenReturnsZero() {
		int status = run("content");
		assertThat(status).isZero();
		assertThat(text(this.out)).startsWith("content is valid: ");
		assertThat(text(this.err)).isEmpty();
	}

	@Test
	void runWhenBrokenContentThenReturnsOneWithEveryErrorAtItsFileAndLine() {
		int status = run("src/test/resources/broken-content");
		assertThat(status).isOne();
		assertThat(text(this.out)).isEmpty();
		assertThat(text(this.err).lines())
			.containsExactly("4 content errors:",
					"  articles/broken.md:5: unknown key `colour` in article front matter"
							+ " (allowed: changes, last-reviewed, summary, title, topics)",
					"  articles/broken.md:12: unknown citation key `abasi-2012`; did you mean `abbasi-2012`?",
					"  articles/broken.md:17: cannot read amount `abc mg`; write a number or range with a unit per day,"
							+ " such as `300 mg/day` or `200-400 mg/day`",
					"  references/refs.md:3: unknown form `oxide`");
	}

	/**
	 * The command is fast because it is the parser and validator alone: run as its own
	 * JVM, it loads no class of Spring, Hibernate or JPA, whatever else is on the class
	 * path.
	 */
	@Test
	void mainWhenRunAloneThenExitsZeroWithoutLoadingSpringOrHibernate() throws Exception {
		Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-verbose:class", "-cp", System.getProperty("java.class.path"), ContentCheck.class.getName(), "content")
			.redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).isZero();
		assertThat(output).contains("content is valid: ", "com.mgsleep.kb.content.markdown.ContentParser")
			.doesNotContain("org.springframework.", "org.hibernate.", "jakarta.persistence.");
	}

	private int run(String folder) {
		return ContentCheck.run(new String[] { folder }, new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	private static String text(ByteArrayOutputStream stream) {
		return stream.toString(StandardCharsets.UTF_8);
	}

}
