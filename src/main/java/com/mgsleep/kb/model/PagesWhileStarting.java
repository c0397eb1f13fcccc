package com.mgsleep.kb.model;

import java.util.concurrent.CompletableFuture;

/**
 * Registered, before any bean is made, when the web server is to answer prepared pages of
 * this very content and build while the application starts. Then the start need not wait
 * for the content check (it passed on these files before), the web server need not wait
 * for the ORM, and the work of the import can wait until the server answers, so that the
 * first page is not slowed by it.
 *
 * @param pages how many pages are answered meanwhile
 * @param answering completed once the web server answers them
 */
public record PagesWhileStarting(int pages, CompletableFuture<Void> answering) {

	public PagesWhileStarting(int pages) {
		this(pages, new CompletableFuture<>());
	}

}
