package com.mgsleep.kb.content;

import java.util.List;
import java.util.stream.Collectors;

import com.mgsleep.kb.content.markdown.ContentError;

/**
 * The knowledge base has errors; the application refuses to start rather than serve part
 * of it.
 */
public class InvalidContentException extends RuntimeException {

	private final List<ContentError> errors;

	public InvalidContentException(List<ContentError> errors) {
		super(describe(errors));
		this.errors = List.copyOf(errors);
	}

	public List<ContentError> getErrors() {
		return this.errors;
	}

	static String describe(List<ContentError> errors) {
		return errors.size() + ((errors.size() == 1) ? " content error" : " content errors") + ":\n"
				+ errors.stream().map((error) -> "  " + error).collect(Collectors.joining("\n"));
	}

}
