package com.mgsleep.kb.content;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

import com.mgsleep.kb.model.LiveReload;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * An editor's path with live reload: an edit is served without a restart, database,
 * search and prepared pages alike; an edit that breaks a file keeps the last valid
 * version on screen with the errors in a banner; the next edit that fixes it is served.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class LiveReloadTests {

	private static final Path CONTENT = copyOfFixtureContent();

	private static final Path ARTICLE = CONTENT.resolve("articles/falling-asleep.md");

	private static final String CLAIM = "/claims/sleep-onset-older-adults";

	private static final Duration PATIENCE = Duration.ofSeconds(20);

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Autowired
	private LiveReload liveReload;

	@DynamicPropertySource
	static void liveReloadOfTheCopy(DynamicPropertyRegistry registry) {
		registry.add("kb.content-dir", CONTENT::toString);
		registry.add("kb.live-reload", () -> "true");
	}

	@AfterAll
	static void removeTheCopy() throws IOException {
		FileSystemUtils.deleteRecursively(CONTENT);
	}

	@Test
	void contentWhenEditedBrokenAndFixedThenServedKeptWithErrorsAndServedAgain() throws Exception {
		assertThat(get(CLAIM)).contains("by about 17 minutes");
		assertThat(get("/api/search?q=zanzibar")).contains("\"total\":0");

		edit("by about 17 minutes.", "by about 17 minutes, in a trial run partly in Zanzibar.");
		String edited = awaitPage(CLAIM, (page) -> page.contains("partly in Zanzibar"));
		assertThat(edited).doesNotContain("class=\"content-errors\"");
		assertThat(get("/api/search?q=zanzibar")).contains("/claims/sleep-onset-older-adults");
		assertThat(get("/articles/falling-asleep")).contains("partly in Zanzibar");

		edit("last-reviewed: 2026-11-20", "last-reviewed: 2026-11-20\ncolour: blue");
		String broken = awaitPage(CLAIM, (page) -> page.contains("class=\"content-errors\""));
		assertThat(broken).contains("articles/falling-asleep.md:6: unknown key `colour`")
			.as("the last valid version is still served")
			.contains("partly in Zanzibar");

		edit("last-reviewed: 2026-11-20\ncolour: blue", "last-reviewed: 2026-11-20");
		edit("partly in Zanzibar", "in Tehran");
		String fixed = awaitPage(CLAIM, (page) -> page.contains("in Tehran"));
		assertThat(fixed).doesNotContain("class=\"content-errors\"").doesNotContain("Zanzibar");
		assertThat(get("/api/search?q=zanzibar")).contains("\"total\":0");
	}

	@Test
	void requestWhileAReloadReplacesTheKnowledgeBaseThenWaitsForItToFinish() throws Exception {
		this.liveReload.replacing().lock();
		CompletableFuture<HttpResponse<String>> answer;
		try {
			answer = this.http.sendAsync(
					HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + CLAIM)).build(),
					HttpResponse.BodyHandlers.ofString());
			Thread.sleep(500);
			assertThat(answer).as("answered while the knowledge base was being replaced").isNotDone();
		}
		finally {
			this.liveReload.replacing().unlock();
		}
		assertThat(answer.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
	}

	private static void edit(String from, String to) throws IOException {
		String text = Files.readString(ARTICLE);
		assertThat(text).contains(from);
		Files.writeString(ARTICLE, text.replace(from, to));
	}

	private String awaitPage(String path, Predicate<String> ready) throws Exception {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		String page = get(path);
		while (!ready.test(page)) {
			if (System.nanoTime() > deadline) {
				return fail("%s did not change within %s; it reads:%n%s", path, PATIENCE, page);
			}
			Thread.sleep(100);
			page = get(path);
		}
		return page;
	}

	private String get(String path) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

	private static Path copyOfFixtureContent() {
		try {
			Path source = Path.of("src/test/resources/fixture-content");
			Path copy = Files.createTempDirectory("live-reload-content-");
			try (Stream<Path> files = Files.walk(source)) {
				for (Path file : (Iterable<Path>) files::iterator) {
					Path target = copy.resolve(source.relativize(file).toString());
					if (Files.isDirectory(file)) {
						Files.createDirectories(target);
					}
					else {
						Files.copy(file, target);
					}
				}
			}
			return copy;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
