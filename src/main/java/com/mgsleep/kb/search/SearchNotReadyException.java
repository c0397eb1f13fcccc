package com.mgsleep.kb.search;

/**
 * A search asked for before the index was built, which it is on its own thread while the
 * site starts and already serves pages, and which is not ready within the time a reader
 * waits. The pages and the API answer it as a 503.
 */
public class SearchNotReadyException extends RuntimeException {

	public SearchNotReadyException() {
		super("Search is still being prepared; please try again in a few seconds.");
	}

}
