package com.mgsleep.kb.content;

import java.nio.file.Files;
import java.nio.file.Path;

import com.mgsleep.kb.history.HistoryEntry;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ContentHistoryTests {

	@TempDir
	Path temp;

	@Test
	void revisionsWhenContentIsInAWorkingCopyThenTheFileCommitsNewestFirst() throws Exception {
		Path content = this.temp.resolve("site/content");
		Path article = content.resolve("articles/sleep.md");
		Files.createDirectories(article.getParent());
		try (Git git = Git.init().setDirectory(this.temp.resolve("site").toFile()).call()) {
			Files.writeString(article, "first");
			Files.writeString(content.resolve("articles/other.md"), "other");
			git.add().addFilepattern(".").call();
			git.commit()
				.setMessage("Add the sleep article")
				.setAuthor("Editor", "editor@example.org")
				.setSign(false)
				.call();
			Files.writeString(content.resolve("articles/other.md"), "other, changed");
			git.add().addFilepattern(".").call();
			git.commit()
				.setMessage("Change another page")
				.setAuthor("Editor", "editor@example.org")
				.setSign(false)
				.call();
			Files.writeString(article, "second");
			git.add().addFilepattern(".").call();
			git.commit()
				.setMessage("Lower the certainty of sleep onset\n\nThe long explanation.")
				.setAuthor("Editor", "editor@example.org")
				.setSign(false)
				.call();
		}
		try (ContentHistory history = ContentHistory.of(content)) {
			assertThat(history.revisions("articles/sleep.md")).extracting(HistoryEntry::note)
				.containsExactly("Lower the certainty of sleep onset", "Add the sleep article");
			assertThat(history.revisions("articles/sleep.md")).allSatisfy((entry) -> {
				assertThat(entry.revision()).matches("[0-9a-f]{7}");
				assertThat(entry.date()).isNotNull();
			});
		}
	}

	@Test
	void revisionsWhenNotInAWorkingCopyThenNone() throws Exception {
		Path content = Files.createDirectories(this.temp.resolve("unpacked/content"));
		try (ContentHistory history = ContentHistory.of(content)) {
			assertThat(history.revisions("articles/sleep.md")).isEmpty();
		}
	}

}
