package com.mgsleep.kb.content.markdown;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * The content folders under {@code src/test/resources/com/mgsleep/kb/content/markdown}:
 * {@code valid/} is a small knowledge base without errors, each {@code broken/<case>/}
 * holds the files that, laid over a copy of {@code valid/}, make one kind of error.
 */
public final class ContentFixtures {

	private ContentFixtures() {
	}

	/**
	 * A fixture folder on the test class path.
	 * @param name the folder, relative to this package, such as {@code valid}
	 * @return its path
	 */
	public static Path folder(String name) {
		URL url = ContentFixtures.class.getResource(name);
		if (url == null) {
			throw new IllegalArgumentException("no fixture folder " + name);
		}
		try {
			return Path.of(url.toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Copies {@code valid/} into {@code target} and lays {@code broken/<brokenCase>/}
	 * over it.
	 * @param brokenCase the folder under {@code broken/}
	 * @param target an empty folder
	 * @return {@code target}
	 */
	public static Path validWith(String brokenCase, Path target) {
		copyValid(target);
		copy(folder("broken/" + brokenCase), target);
		return target;
	}

	/**
	 * Copies {@code valid/} into {@code target}, for a test that adds its own files.
	 * @param target an empty folder
	 * @return {@code target}
	 */
	public static Path copyValid(Path target) {
		copy(folder("valid"), target);
		return target;
	}

	/**
	 * Reads a fixture file.
	 * @param name the file, relative to this package
	 * @return its bytes
	 */
	public static byte[] bytes(String name) {
		try {
			return Files.readAllBytes(folder(name));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void copy(Path from, Path to) {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Path target = to.resolve(from.relativize(file).toString());
				Files.createDirectories(target.getParent());
				Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Copies the valid fixture to {@code target} and lays one file over it.
	 * @param target the folder
	 * @param path the file's path inside it, such as {@code references/more.md}
	 * @param text its text
	 */
	public static void writeOverValid(Path target, String path, String text) {
		copyValid(target);
		try {
			Path file = target.resolve(path);
			Files.createDirectories(file.getParent());
			Files.writeString(file, text, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Parses a content folder.
	 * @param folder the folder
	 * @return its errors as editors read them, {@code file:line: message}
	 */
	public static List<String> errors(Path folder) {
		return new ContentParser().parse(folder).errors().stream().map(ContentError::toString).toList();
	}

}
