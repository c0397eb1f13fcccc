package com.mgsleep.kb.model;

import java.util.List;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The state of live reload, when an editor runs with it: which version of the content is
 * being read, and the errors of the folder on disk while it cannot be served. Requests
 * read under {@link #reading()}; a reload replaces the knowledge base under
 * {@link #replacing()}, so that no answer mixes two versions.
 */
public class LiveReload {

	/** Fair, so that a waiting reload is not starved by a stream of readers. */
	private final ReadWriteLock versions = new ReentrantReadWriteLock(true);

	private volatile List<String> errors = List.of();

	public Lock reading() {
		return this.versions.readLock();
	}

	public Lock replacing() {
		return this.versions.writeLock();
	}

	/**
	 * The errors of the content folder on disk, as {@code file:line: message}; empty when
	 * what is served is what is on disk.
	 */
	public List<String> errors() {
		return this.errors;
	}

	public void failed(List<String> errors) {
		this.errors = List.copyOf(errors);
	}

	public void succeeded() {
		this.errors = List.of();
	}

}
