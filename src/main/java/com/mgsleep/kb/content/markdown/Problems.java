package com.mgsleep.kb.content.markdown;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every content error of a run, so editors see all of them at once.
 */
final class Problems {

	private final List<ContentError> errors = new ArrayList<>();

	void add(String file, int line, String message) {
		this.errors.add(new ContentError(file, line, message));
	}

	void add(SourceLine at, String message) {
		this.errors.add(at.error(message));
	}

	List<ContentError> sorted() {
		return this.errors.stream().sorted().distinct().toList();
	}

}
