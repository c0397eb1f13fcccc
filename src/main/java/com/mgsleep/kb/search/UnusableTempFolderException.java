package com.mgsleep.kb.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The temporary folder, where the search index and the web server keep their files,
 * cannot be written; the start stops with one line that says which folder and what to do.
 */
public class UnusableTempFolderException extends RuntimeException {

	private final Path folder;

	UnusableTempFolderException(Path folder, String reason) {
		super("the temporary folder " + folder + " cannot be used (" + reason + ")");
		this.folder = folder;
	}

	public Path getFolder() {
		return this.folder;
	}

	/**
	 * Checks that the JVM's temporary folder ({@code java.io.tmpdir}) takes a file.
	 * @throws UnusableTempFolderException when it does not
	 */
	public static void requireWritableTempFolder() {
		Path folder = Path.of(System.getProperty("java.io.tmpdir"));
		try {
			Files.delete(Files.createTempFile(folder, IndexFolder.PREFIX, ".check"));
		}
		catch (IOException | SecurityException | UnsupportedOperationException ex) {
			String reason = (ex.getMessage() != null) ? ex.getClass().getSimpleName() + ": " + ex.getMessage()
					: ex.getClass().getSimpleName();
			throw new UnusableTempFolderException(folder, reason);
		}
	}

}
