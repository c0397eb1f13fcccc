package com.mgsleep.kb.search;

/**
 * A search the reader has to change: too long, or a filter value that does not exist. The
 * message says what to do; the pages show it (escaped) and the API answers it as a 400.
 */
public class InvalidSearchException extends RuntimeException {

	public InvalidSearchException(String message) {
		super(message);
	}

}
