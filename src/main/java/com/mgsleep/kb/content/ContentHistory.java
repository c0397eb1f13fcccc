package com.mgsleep.kb.content;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.mgsleep.kb.history.HistoryEntry;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The revisions of content files, where the content folder is inside a git working copy
 * (as an editor's checkout is); elsewhere, such as an unpacked release, there are none
 * and the pages show only the changes the content records.
 */
final class ContentHistory implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(ContentHistory.class);

	/** Enough to see what has been happening to a page without listing its whole life. */
	static final int MAX_REVISIONS = 10;

	private final Path folder;

	private final Repository repository;

	private ContentHistory(Path folder, Repository repository) {
		this.folder = folder;
		this.repository = repository;
	}

	/** The history of the folder's git working copy, or an empty history outside one. */
	static ContentHistory of(Path folder) {
		Path absolute = folder.toAbsolutePath().normalize();
		FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(absolute.toFile());
		if (builder.getGitDir() == null) {
			return new ContentHistory(absolute, null);
		}
		try {
			return new ContentHistory(absolute, builder.setMustExist(true).build());
		}
		catch (IOException ex) {
			logger.warn("Cannot read the git history of {}: {}", absolute, ex.getMessage());
			return new ContentHistory(absolute, null);
		}
	}

	/**
	 * The commits that changed a content file, newest first.
	 * @param file the file, relative to the content folder, such as
	 * {@code articles/sleep.md}
	 * @return its revisions, or none outside a working copy
	 */
	List<HistoryEntry> revisions(String file) {
		if (this.repository == null || this.repository.getWorkTree() == null) {
			return List.of();
		}
		String path = this.repository.getWorkTree()
			.toPath()
			.toAbsolutePath()
			.normalize()
			.relativize(this.folder.resolve(file))
			.toString()
			.replace('\\', '/');
		List<HistoryEntry> revisions = new ArrayList<>();
		try (Git git = new Git(this.repository)) {
			if (this.repository.resolve("HEAD") == null) {
				return List.of();
			}
			for (RevCommit commit : git.log().addPath(path).setMaxCount(MAX_REVISIONS).call()) {
				LocalDate day = LocalDate.ofInstant(Instant.ofEpochSecond(commit.getCommitTime()), ZoneOffset.UTC);
				revisions.add(new HistoryEntry(day, commit.getShortMessage(), commit.abbreviate(7).name()));
			}
		}
		catch (GitAPIException | IOException ex) {
			logger.warn("Cannot read the git history of {}: {}", path, ex.getMessage());
			return List.of();
		}
		return revisions;
	}

	@Override
	public void close() {
		if (this.repository != null) {
			this.repository.close();
		}
	}

}
