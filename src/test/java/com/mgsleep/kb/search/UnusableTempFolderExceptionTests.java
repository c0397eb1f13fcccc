package com.mgsleep.kb.search;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The start refuses an unusable temporary folder with one sentence that names it.
 */
class UnusableTempFolderExceptionTests {

	@Test
	void requireWritableTempFolderWhenMissingThenNamesTheFolder(@TempDir Path temp) {
		String original = System.getProperty("java.io.tmpdir");
		Path missing = temp.resolve("gone");
		try {
			System.setProperty("java.io.tmpdir", missing.toString());
			assertThatExceptionOfType(UnusableTempFolderException.class)
				.isThrownBy(UnusableTempFolderException::requireWritableTempFolder)
				.withMessageStartingWith("the temporary folder " + missing + " cannot be used (NoSuchFileException")
				.satisfies((ex) -> assertThat(ex.getFolder()).isEqualTo(missing));
			System.setProperty("java.io.tmpdir", temp.toString());
			assertThatCode(UnusableTempFolderException::requireWritableTempFolder).doesNotThrowAnyException();
		}
		finally {
			System.setProperty("java.io.tmpdir", original);
		}
	}

}
