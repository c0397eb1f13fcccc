package com.mgsleep.kb.export;

/**
 * The export could not write a complete, working copy of the site; the message says why
 * in one line.
 */
public class ExportException extends RuntimeException {

	public ExportException(String message) {
		super(message);
	}

	public ExportException(String message, Throwable cause) {
		super(message, cause);
	}

}
