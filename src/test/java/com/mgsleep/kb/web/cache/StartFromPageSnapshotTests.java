package com.mgsleep.kb.web.cache;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.mgsleep.kb.KnowledgeBaseApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A start from the same content and build as the previous run answers that run's pages
 * while the rest of the application is still starting, byte for byte and with the same
 * ETags, and holds every other request until it has started; a start from changed content
 * answers nothing before it has started.
 */
class StartFromPageSnapshotTests {

	private static final String FIXTURE = "src/test/resources/fixture-content";

	@TempDir
	Path folder;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	/** Keeps the second start from finishing until the test lets it. */
	private final CountDownLatch release = new CountDownLatch(1);

	private final CompletableFuture<ConfigurableApplicationContext> held = new CompletableFuture<>();

	@AfterEach
	void stop() throws Exception {
		this.release.countDown();
		if (this.held.isDone() && !this.held.isCompletedExceptionally()) {
			this.held.get().close();
		}
	}

	@Test
	void startWhenSnapshotOfTheSameContentThenItsPagesAreAnsweredBeforeTheApplicationHasStarted() throws Exception {
		Path content = copyOfFixture();
		Path snapshot = this.folder.resolve("pages.snapshot");
		HttpResponse<String> home;
		HttpResponse<String> claims;
		try (ConfigurableApplicationContext first = start(content, snapshot, freePort(), false)) {
			int port = Integer.parseInt(first.getEnvironment().getProperty("local.server.port"));
			home = get(port, "/");
			claims = get(port, "/claims");
		}
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(snapshot).isNotEmptyFile();

		int port = freePort();
		startHeld(content, snapshot, port);
		HttpResponse<String> early = awaitAnswer(port, "/");
		assertThat(this.held).as("the application is still starting").isNotDone();
		assertThat(early.statusCode()).isEqualTo(200);
		assertThat(early.body()).isEqualTo(home.body());
		assertThat(early.headers().firstValue("ETag")).isEqualTo(home.headers().firstValue("ETag"));
		assertThat(early.headers().firstValue("Content-Security-Policy")).isPresent();
		assertThat(get(port, "/claims").body()).isEqualTo(claims.body());

		CompletableFuture<HttpResponse<String>> search = this.http.sendAsync(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/search?q=magnesium")).build(),
				HttpResponse.BodyHandlers.ofString());
		Thread.sleep(500);
		assertThat(search).as("a search waits for the start").isNotDone();

		this.release.countDown();
		assertThat(search.get(60, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
		assertThat(this.held.get(60, TimeUnit.SECONDS).isActive()).isTrue();
	}

	@Test
	void startWhenTheContentChangedSinceTheSnapshotThenNothingIsAnsweredBeforeTheStart() throws Exception {
		Path content = copyOfFixture();
		Path snapshot = this.folder.resolve("pages.snapshot");
		try (ConfigurableApplicationContext first = start(content, snapshot, freePort(), false)) {
			get(Integer.parseInt(first.getEnvironment().getProperty("local.server.port")), "/");
		}
		Path article;
		try (Stream<Path> files = Files.list(content.resolve("articles"))) {
			article = files.filter((file) -> file.toString().endsWith(".md")).findFirst().orElseThrow();
		}
		Files.writeString(article, Files.readString(article) + "\n");

		int port = freePort();
		startHeld(content, snapshot, port);
		Thread.sleep(3000);
		assertThat(this.held).isNotDone();
		assertThat(refused(port)).as("no connection is taken before the start").isTrue();
		this.release.countDown();
		assertThat(this.held.get(60, TimeUnit.SECONDS).isActive()).isTrue();
		assertThat(get(port, "/").statusCode()).isEqualTo(200);
	}

	private Path copyOfFixture() throws IOException {
		Path content = this.folder.resolve("content");
		FileSystemUtils.copyRecursively(Path.of(FIXTURE), content);
		return content;
	}

	private ConfigurableApplicationContext start(Path content, Path snapshot, int port, boolean hold) {
		SpringApplication application = new SpringApplication(KnowledgeBaseApplication.class);
		if (hold) {
			// a bean made after the web server exists, before the application has started
			application.addInitializers((context) -> ((GenericApplicationContext) context).registerBean("holdsTheStart",
					CountDownLatch.class, () -> {
						awaitRelease();
						return this.release;
					}));
		}
		return application.run("--kb.content-dir=" + content, "--kb.page-snapshot=" + snapshot, "--server.port=" + port,
				"--spring.datasource.url=jdbc:h2:mem:snapshot-" + port + ";DB_CLOSE_DELAY=-1",
				"--spring.main.banner-mode=off");
	}

	private void startHeld(Path content, Path snapshot, int port) {
		Thread starter = new Thread(() -> {
			try {
				this.held.complete(start(content, snapshot, port, true));
			}
			catch (RuntimeException | Error ex) {
				this.held.completeExceptionally(ex);
			}
		}, "held-start");
		starter.start();
	}

	private void awaitRelease() {
		try {
			this.release.await(120, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private HttpResponse<String> awaitAnswer(int port, String path) throws Exception {
		for (int attempt = 0; attempt < 600; attempt++) {
			assertThat(this.held).as("the start must not finish or fail first").isNotDone();
			try {
				return get(port, path);
			}
			catch (ConnectException ex) {
				Thread.sleep(50);
			}
		}
		throw new AssertionError("no answer on port " + port + " within 30 s");
	}

	private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static boolean refused(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
			return false;
		}
		catch (IOException ex) {
			return true;
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
