package com.mgsleep.kb.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * How the export calls Pagefind, with small shell scripts standing in for it; the real
 * Pagefind runs in {@code StaticSearchBrowserTests}.
 */
class PagefindIndexTests {

	@TempDir
	Path temp;

	@Test
	void indexWhenNoExecutableGivenThenNotIndexed() {
		assertThat(new PagefindIndex(null).index(this.temp)).isFalse();
	}

	@Test
	void indexWhenNotInstalledThenNotIndexedAndTheFolderUntouched() throws IOException {
		assertThat(new PagefindIndex(this.temp.resolve("node_modules/.bin/pagefind")).index(this.temp)).isFalse();
		try (var entries = Files.list(this.temp)) {
			assertThat(entries).isEmpty();
		}
	}

	@Test
	void indexWhenPagefindSucceedsThenIndexedWithTheSiteAndOptions() throws IOException {
		Path arguments = this.temp.resolve("arguments.txt");
		Path pagefind = script("printf '%s\\n' \"$@\" > " + arguments + "\necho 'Indexed 3 pages'");
		Path site = Files.createDirectory(this.temp.resolve("site"));
		assertThat(new PagefindIndex(pagefind).index(site)).isTrue();
		assertThat(Files.readAllLines(arguments)).containsExactly("--site", site.toString(), "--root-selector", "main",
				"--exclude-selectors", "nav, form");
	}

	@Test
	void indexWhenPagefindFailsThenExportFailsWithItsOutputOnOneLine() throws IOException {
		Path pagefind = script("echo 'Error: no HTML files'\necho 'found in site' >&2\nexit 3");
		assertThatExceptionOfType(ExportException.class).isThrownBy(() -> new PagefindIndex(pagefind).index(this.temp))
			.withMessage("Pagefind failed (exit 3): Error: no HTML files | found in site");
	}

	private Path script(String body) throws IOException {
		Path file = this.temp.resolve("pagefind");
		Files.writeString(file, "#!/bin/sh\n" + body + "\n");
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
		return file;
	}

}
