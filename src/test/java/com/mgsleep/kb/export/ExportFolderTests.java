package com.mgsleep.kb.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ExportFolderTests {

	@TempDir
	Path temp;

	@Test
	void prepareWhenFolderMissingThenCreatesItWithTheMarker() {
		ExportFolder folder = ExportFolder.prepare(this.temp.resolve("site"));
		assertThat(folder.root().resolve(ExportFolder.MARKER)).isRegularFile();
		assertThat(folder.files()).isZero();
	}

	@Test
	void prepareWhenFolderHoldsOtherFilesThenRefusesAndLeavesThemAlone() throws IOException {
		Path mine = Files.writeString(this.temp.resolve("notes.txt"), "mine");
		assertThatExceptionOfType(ExportException.class).isThrownBy(() -> ExportFolder.prepare(this.temp))
			.withMessageContaining(this.temp.toString())
			.withMessageContaining("is not empty and holds no earlier export");
		assertThat(mine).hasContent("mine");
	}

	@Test
	void prepareWhenFolderHoldsAnEarlierExportThenReplacesItWhole() {
		ExportFolder first = ExportFolder.prepare(this.temp.resolve("site"));
		first.write("claims/removed-claim/index.html", bytes("old"));
		first.write("index.html", bytes("old home"));
		ExportFolder second = ExportFolder.prepare(this.temp.resolve("site"));
		assertThat(second.root().resolve("claims")).doesNotExist();
		assertThat(second.root().resolve("index.html")).doesNotExist();
		assertThat(second.root().resolve(ExportFolder.MARKER)).isRegularFile();
	}

	@Test
	void writeWhenNestedNameThenCreatesFoldersAndCounts() {
		ExportFolder folder = ExportFolder.prepare(this.temp.resolve("site"));
		folder.write("api/claims/index.json", bytes("[]"));
		folder.write("index.html", bytes("<p>home</p>"));
		assertThat(folder.root().resolve("api/claims/index.json")).hasContent("[]");
		assertThat(folder.files()).isEqualTo(2);
	}

	@Test
	void writeWhenNameLeavesTheFolderThenRefused() {
		ExportFolder folder = ExportFolder.prepare(this.temp.resolve("site"));
		assertThatExceptionOfType(ExportException.class).isThrownBy(() -> folder.write("../outside.html", bytes("x")))
			.withMessageContaining("outside");
		assertThat(this.temp.resolve("outside.html")).doesNotExist();
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
