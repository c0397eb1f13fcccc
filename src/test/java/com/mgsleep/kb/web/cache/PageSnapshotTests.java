package com.mgsleep.kb.web.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prepared pages kept in a file between runs: read back byte for byte under the same key,
 * and never read under another key or from a damaged file.
 */
class PageSnapshotTests {

	@TempDir
	Path folder;

	private final Map<String, PreparedPage> pages = new LinkedHashMap<>();

	PageSnapshotTests() {
		this.pages.put("/", PreparedPage.of(html("<h1>Magnesium and sleep</h1>".repeat(50)),
				List.of(Map.entry("Content-Type", "text/html;charset=UTF-8"), Map.entry("Content-Language", "en"))));
		this.pages.put("/robots.txt", PreparedPage.of("User-agent: *".getBytes(StandardCharsets.UTF_8),
				List.of(Map.entry("Content-Type", "text/plain"))));
	}

	@Test
	void readWhenWrittenUnderTheSameKeyThenEveryPageByteForByte() throws IOException {
		PageSnapshot snapshot = new PageSnapshot(this.folder.resolve("pages.snapshot"), "key-1");
		assertThat(snapshot.write(this.pages)).isEqualTo(2);

		Map<String, PreparedPage> read = snapshot.read();

		assertThat(read).containsOnlyKeys("/", "/robots.txt");
		for (String key : this.pages.keySet()) {
			PreparedPage before = this.pages.get(key);
			PreparedPage after = read.get(key);
			assertThat(after.body()).isEqualTo(before.body());
			assertThat(after.etag()).isEqualTo(before.etag());
			assertThat(after.headers()).isEqualTo(before.headers());
			if (before.gzipped() == null) {
				assertThat(after.gzipped()).isNull();
			}
			else {
				assertThat(after.gzipped()).isEqualTo(before.gzipped());
			}
		}
		assertThat(read.get("/robots.txt").gzipped()).as("too small to compress").isNull();
		assertThat(read.get("/").gzipped()).isNotNull();
	}

	@Test
	void readWhenWrittenUnderAnotherKeyThenNoPages() throws IOException {
		Path file = this.folder.resolve("pages.snapshot");
		new PageSnapshot(file, "content-before-the-edit").write(this.pages);

		assertThat(new PageSnapshot(file, "content-after-the-edit").read()).isEmpty();
	}

	@Test
	void readWhenAByteIsChangedThenNoPages() throws IOException {
		Path file = this.folder.resolve("pages.snapshot");
		new PageSnapshot(file, "key").write(this.pages);
		byte[] bytes = Files.readAllBytes(file);
		// inside the home page's body, which no length or count guards
		bytes[bytes.length / 2] ^= 0x20;
		Files.write(file, bytes);

		assertThat(new PageSnapshot(file, "key").read()).isEmpty();
	}

	@Test
	void readWhenTheFileIsCutShortThenNoPages() throws IOException {
		Path file = this.folder.resolve("pages.snapshot");
		new PageSnapshot(file, "key").write(this.pages);
		byte[] bytes = Files.readAllBytes(file);
		for (int length : new int[] { 0, 5, 12, bytes.length / 3, bytes.length - 1 }) {
			Files.write(file, Arrays.copyOf(bytes, length));
			assertThat(new PageSnapshot(file, "key").read()).as("cut at %d of %d bytes", length, bytes.length)
				.isEmpty();
		}
	}

	@Test
	void readWhenNoFileThenNoPages() {
		assertThat(new PageSnapshot(this.folder.resolve("missing.snapshot"), "key").read()).isEmpty();
	}

	@Test
	void writeWhenAFileIsThereThenReplacedWholeAndNoPartialFileLeft() throws IOException {
		Path file = this.folder.resolve("cache/pages.snapshot");
		new PageSnapshot(file, "old").write(this.pages);
		new PageSnapshot(file, "new").write(Map.of("/robots.txt", this.pages.get("/robots.txt")));

		assertThat(new PageSnapshot(file, "new").read()).containsOnlyKeys("/robots.txt");
		try (var listing = Files.list(file.getParent())) {
			assertThat(listing).containsExactly(file);
		}
	}

	private static byte[] html(String body) {
		return ("<!DOCTYPE html><title>Home</title>" + body).getBytes(StandardCharsets.UTF_8);
	}

}
