package com.mgsleep.kb.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import com.mgsleep.kb.model.ContentFingerprint;

/**
 * Works out a content folder's {@link ContentFingerprint}: the path and bytes of every
 * file in it, and the commit its git working copy is at, since the pages show the history
 * of each file.
 */
final class FolderFingerprint {

	private FolderFingerprint() {
	}

	static ContentFingerprint of(Path folder) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			Path root = folder.toAbsolutePath().normalize();
			List<Path> files;
			try (Stream<Path> walk = Files.walk(root)) {
				files = walk.filter(Files::isRegularFile).sorted().toList();
			}
			for (Path file : files) {
				byte[] bytes = Files.readAllBytes(file);
				update(digest, root.relativize(file).toString().replace('\\', '/'));
				update(digest, Integer.toString(bytes.length));
				digest.update(bytes);
			}
			update(digest, "commit " + headCommit(root));
			return new ContentFingerprint(HexFormat.of().formatHex(digest.digest()));
		}
		catch (IOException ex) {
			// a folder that cannot be read is reported by the check; it matches nothing
			return new ContentFingerprint("unreadable " + UUID.randomUUID());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

	private static void update(MessageDigest digest, String text) {
		digest.update(text.getBytes(StandardCharsets.UTF_8));
		digest.update((byte) 0);
	}

	/**
	 * The commit the folder's working copy is at, or {@code none} outside one, read from
	 * git's files: JGit, which the history uses, takes most of a second to load, and this
	 * is on the way to the first page.
	 */
	static String headCommit(Path folder) throws IOException {
		String environment = System.getenv("GIT_DIR");
		if (environment != null && !environment.isBlank()) {
			return head(Path.of(environment).toAbsolutePath().normalize());
		}
		for (Path dir = folder; dir != null; dir = dir.getParent()) {
			Path dotGit = dir.resolve(".git");
			if (Files.isDirectory(dotGit)) {
				return head(dotGit);
			}
			if (Files.isRegularFile(dotGit)) {
				// a linked worktree or a submodule: "gitdir: <path>"
				String line = Files.readString(dotGit).strip();
				if (line.startsWith("gitdir:")) {
					return head(dir.resolve(line.substring("gitdir:".length()).strip()).normalize());
				}
			}
		}
		return "none";
	}

	private static String head(Path gitDir) throws IOException {
		String head = Files.readString(gitDir.resolve("HEAD")).strip();
		if (!head.startsWith("ref:")) {
			// detached: the commit itself
			return head;
		}
		String ref = head.substring("ref:".length()).strip();
		Path common = gitDir;
		Path commonDir = gitDir.resolve("commondir");
		if (Files.isRegularFile(commonDir)) {
			common = gitDir.resolve(Files.readString(commonDir).strip()).normalize();
		}
		for (Path base : List.of(gitDir, common)) {
			Path loose = base.resolve(ref);
			if (Files.isRegularFile(loose)) {
				return Files.readString(loose).strip();
			}
		}
		Path packed = common.resolve("packed-refs");
		if (Files.isRegularFile(packed)) {
			for (String line : Files.readAllLines(packed)) {
				if (line.endsWith(" " + ref) && !line.startsWith("#")) {
					return line.substring(0, line.indexOf(' '));
				}
			}
		}
		if (Files.isDirectory(common.resolve("reftable"))) {
			// a layout this does not read: a fingerprint that matches nothing
			throw new IOException("refs in a reftable");
		}
		// a branch without commits yet
		return "unborn " + ref;
	}

}
