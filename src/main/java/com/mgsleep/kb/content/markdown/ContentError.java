package com.mgsleep.kb.content.markdown;

import java.util.Comparator;

/**
 * One problem in the content, located by the file (relative to the content folder) and
 * the 1-based line where an editor should look.
 *
 * @param file path relative to the content folder, with forward slashes
 * @param line 1-based line number
 * @param message what is wrong and, where possible, how to fix it
 */
public record ContentError(String file, int line, String message) implements Comparable<ContentError> {

	private static final Comparator<ContentError> ORDER = Comparator.comparing(ContentError::file)
		.thenComparingInt(ContentError::line)
		.thenComparing(ContentError::message);

	@Override
	public int compareTo(ContentError other) {
		return ORDER.compare(this, other);
	}

	@Override
	public String toString() {
		return this.file + ":" + this.line + ": " + this.message;
	}

}
