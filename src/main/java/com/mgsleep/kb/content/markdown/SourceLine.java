package com.mgsleep.kb.content.markdown;

/**
 * Where a parsed element starts in the content folder.
 *
 * @param file path relative to the content folder
 * @param line 1-based line number
 */
public record SourceLine(String file, int line) {

	ContentError error(String message) {
		return new ContentError(this.file, this.line, message);
	}

	@Override
	public String toString() {
		return this.file + ":" + this.line;
	}

}
