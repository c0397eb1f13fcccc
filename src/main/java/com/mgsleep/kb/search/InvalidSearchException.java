package com.mgsleep.kb.search;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A search the reader has to change: too long, or a filter value that does not exist. The
 * reason says what to do and is shown to the reader (escaped); the API answers it as a
 * 400 problem detail through the site's shared error handling.
 */
public class InvalidSearchException extends ResponseStatusException {

	public InvalidSearchException(String message) {
		super(HttpStatus.BAD_REQUEST, message);
	}

}
