package com.mgsleep.kb.content.markdown;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every content error of a run, so editors see all of them at once.
 */
final class Problems {

	private final List<ContentError> errors = new ArrayList<>();

	void add(String file, int line, String message) {
		this.errors.add(new ContentError(file, line, oneLine(message)));
	}

	void add(SourceLine at, String message) {
		this.errors.add(at.error(oneLine(message)));
	}

	/**
	 * Errors are listed one per line as {@code file:line: message}; quoted content (an
	 * HTML block, a YAML block scalar) must not break the list.
	 */
	private static String oneLine(String message) {
		return message.replaceAll("\\s*\\R\\s*", " ");
	}

	void addAll(List<ContentError> errors) {
		this.errors.addAll(errors);
	}

	List<ContentError> sorted() {
		return this.errors.stream().sorted().distinct().toList();
	}

}
