package com.mgsleep.kb.content;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.mgsleep.kb.KnowledgeBaseApplication;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A broken knowledge base stops the application from starting, and every error is
 * reported.
 */
class InvalidContentStartupTests {

	private static final String BROKEN = "src/test/resources/broken-content";

	@Test
	void runWhenContentHasErrorsThenFailsWithEveryError() {
		assertThatExceptionOfType(Exception.class).isThrownBy(this::runApplication)
			.isInstanceOfSatisfying(InvalidContentException.class, (ex) -> assertThat(ex.getErrors())
				.extracting(Object::toString)
				.containsExactly(
						"articles/broken.md:5: unknown key `colour` in article front matter"
								+ " (allowed: changes, last-reviewed, summary, title, topics)",
						"articles/broken.md:12: unknown citation key `abasi-2012`; did you mean `abbasi-2012`?",
						"articles/broken.md:17: cannot read amount `abc mg`; write a number or range with a unit"
								+ " per day, such as `300 mg/day` or `200-400 mg/day`",
						"references/refs.md:3: unknown form `oxide`"));
	}

	@Test
	void mainWhenContentHasErrorsThenExitsNonZeroAndListsThem() throws Exception {
		Process process = new ProcessBuilder(javaExecutable(), "-cp", System.getProperty("java.class.path"),
				KnowledgeBaseApplication.class.getName(), "--kb.content-dir=" + BROKEN, "--server.port=0",
				"--spring.main.banner-mode=off")
			.redirectErrorStream(true)
			.start();
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.exitValue()).isNotZero();
		assertThat(output).contains("The knowledge base has 4 content errors")
			.contains("articles/broken.md:5: unknown key `colour`")
			.contains("articles/broken.md:12: unknown citation key `abasi-2012`")
			.contains("articles/broken.md:17: cannot read amount `abc mg`")
			.contains("references/refs.md:3: unknown form `oxide`")
			.doesNotContain("Tomcat started");
	}

	private void runApplication() {
		SpringApplication application = new SpringApplication(KnowledgeBaseApplication.class);
		try (ConfigurableApplicationContext context = application.run("--kb.content-dir=" + BROKEN, "--server.port=0",
				"--spring.main.banner-mode=off")) {
			assertThat(context).isNull();
		}
	}

	private static String javaExecutable() {
		return List.of(System.getProperty("java.home"), "bin", "java")
			.stream()
			.reduce((a, b) -> a + File.separator + b)
			.orElseThrow();
	}

}
