package com.mgsleep.kb.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The folder the site is written into. An earlier export in it is replaced whole, so no
 * page removed from the content stays published; any other folder that is not empty is
 * refused rather than emptied, since it may hold something else.
 */
final class ExportFolder {

	/** Written first, so that the next export knows the folder is its own to replace. */
	static final String MARKER = ".static-export";

	private final Path root;

	private int files;

	private ExportFolder(Path root) {
		this.root = root;
	}

	static ExportFolder prepare(Path folder) {
		Path root = folder.toAbsolutePath().normalize();
		try {
			if (Files.isDirectory(root) && !isEmpty(root)) {
				if (!Files.exists(root.resolve(MARKER))) {
					throw new ExportException(root + " is not empty and holds no earlier export: give a new or empty"
							+ " folder, or remove it first");
				}
				deleteContents(root);
			}
			Files.createDirectories(root);
			Files.writeString(root.resolve(MARKER),
					"A static copy of the site. The next export into this folder replaces everything in it.\n");
		}
		catch (IOException ex) {
			throw new ExportException("cannot prepare " + root + ": " + ex, ex);
		}
		return new ExportFolder(root);
	}

	Path root() {
		return this.root;
	}

	/** How many files were written, the marker not counted. */
	int files() {
		return this.files;
	}

	/**
	 * Writes one file.
	 * @param name relative to the folder, as {@link ExportLayout#fileFor} gives it
	 * @param body the bytes
	 */
	void write(String name, byte[] body) {
		Path file = this.root.resolve(name).normalize();
		if (!file.startsWith(this.root) || file.equals(this.root)) {
			throw new ExportException("cannot write " + name + ": outside " + this.root);
		}
		try {
			Files.createDirectories(file.getParent());
			Files.write(file, body);
			this.files++;
		}
		catch (IOException ex) {
			throw new ExportException("cannot write " + file + ": " + ex, ex);
		}
	}

	private static boolean isEmpty(Path folder) throws IOException {
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.findAny().isEmpty();
		}
	}

	private static void deleteContents(Path folder) throws IOException {
		try (Stream<Path> tree = Files.walk(folder)) {
			tree.sorted(Comparator.reverseOrder()).filter((path) -> !path.equals(folder)).forEach((path) -> {
				try {
					Files.delete(path);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

}
