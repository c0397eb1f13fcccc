package com.mgsleep.kb.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.mgsleep.kb.model.ContentFingerprint;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fingerprint of a content folder changes with any file and with the commit its
 * working copy is at, and with nothing else.
 */
class FolderFingerprintTests {

	@TempDir
	Path folder;

	private Path content;

	@BeforeEach
	void writeContent() throws IOException {
		this.content = this.folder.resolve("content");
		Files.createDirectories(this.content.resolve("articles"));
		Files.writeString(this.content.resolve("articles/sleep.md"), "# Sleep\n");
		Files.writeString(this.content.resolve("synonyms.md"), "- insomnia, sleeplessness\n");
	}

	@Test
	void ofWhenNothingChangedThenTheSame() {
		assertThat(FolderFingerprint.of(this.content)).isEqualTo(FolderFingerprint.of(this.content));
		assertThat(FolderFingerprint.of(this.content).value()).matches("[0-9a-f]{64}");
	}

	@Test
	void ofWhenAFileChangesByOneByteThenDifferent() throws IOException {
		ContentFingerprint before = FolderFingerprint.of(this.content);
		Files.writeString(this.content.resolve("articles/sleep.md"), "# Sleep!\n");
		assertThat(FolderFingerprint.of(this.content)).isNotEqualTo(before);
	}

	@Test
	void ofWhenAFileIsAddedOrRenamedThenDifferent() throws IOException {
		ContentFingerprint before = FolderFingerprint.of(this.content);
		Files.writeString(this.content.resolve("articles/empty.md"), "");
		ContentFingerprint added = FolderFingerprint.of(this.content);
		Files.delete(this.content.resolve("articles/empty.md"));
		Files.move(this.content.resolve("articles/sleep.md"), this.content.resolve("articles/rest.md"));
		assertThat(added).isNotEqualTo(before);
		assertThat(FolderFingerprint.of(this.content)).isNotEqualTo(before).isNotEqualTo(added);
	}

	@Test
	void ofWhenTheWorkingCopyGetsANewCommitThenDifferent() throws IOException, GitAPIException {
		try (Git git = Git.init().setDirectory(this.folder.toFile()).call()) {
			git.add().addFilepattern(".").call();
			git.commit().setMessage("Content").setAuthor("Editor", "editor@example.org").setSign(false).call();
			ContentFingerprint first = FolderFingerprint.of(this.content);
			git.commit()
				.setMessage("Reviewed")
				.setAuthor("Editor", "editor@example.org")
				.setAllowEmpty(true)
				.setSign(false)
				.call();
			assertThat(FolderFingerprint.of(this.content)).isNotEqualTo(first);
		}
	}

	@Test
	void headCommitWhenRefsAreLooseOrPackedOrDetachedThenTheCommitGitResolves() throws IOException, GitAPIException {
		try (Git git = Git.init().setDirectory(this.folder.toFile()).call()) {
			assertThat(FolderFingerprint.headCommit(this.content)).startsWith("unborn refs/heads/");
			git.add().addFilepattern(".").call();
			RevCommit first = git.commit()
				.setMessage("Content")
				.setAuthor("Editor", "editor@example.org")
				.setSign(false)
				.call();
			assertThat(FolderFingerprint.headCommit(this.content)).isEqualTo(first.name());
			git.packRefs().setAll(true).call();
			assertThat(this.folder.resolve(".git/packed-refs")).content().contains(first.name());
			assertThat(FolderFingerprint.headCommit(this.content)).isEqualTo(first.name());
			git.checkout().setName(first.name()).call();
			assertThat(FolderFingerprint.headCommit(this.content)).isEqualTo(first.name());
		}
	}

	@Test
	void headCommitWhenTheProjectsOwnContentThenWhatJGitResolves() throws IOException {
		Path content = Path.of("content").toAbsolutePath();
		FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(content.toFile());
		assertThat(builder.getGitDir()).as("the project is a git working copy").isNotNull();
		try (Repository repository = builder.build()) {
			assertThat(FolderFingerprint.headCommit(content)).isEqualTo(repository.resolve("HEAD").name());
		}
	}

	@Test
	void ofWhenTheFolderIsMissingThenMatchesNothing() {
		Path missing = this.folder.resolve("missing");
		assertThat(FolderFingerprint.of(missing)).isNotEqualTo(FolderFingerprint.of(missing));
	}

}
