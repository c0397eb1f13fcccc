package com.mgsleep.kb.content;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import com.mgsleep.kb.content.markdown.ParseResult;

/**
 * The content folder, read and checked on a thread of its own while the application
 * starts, and then its entities, built on the same thread: the ORM takes seconds to
 * start, and neither needs any of it. Handed to the import once; after that nothing here
 * is kept, since everything the site serves is in the database and the search index.
 */
final class CheckedContent {

	private final CompletableFuture<Void> checked = new CompletableFuture<>();

	private CompletableFuture<BuiltKnowledgeBase> built = new CompletableFuture<>();

	private volatile Duration readIn = Duration.ZERO;

	private volatile Duration builtIn = Duration.ZERO;

	private final Thread thread;

	/**
	 * Prepares to read and check a folder, then build its entities, on a thread of its
	 * own once {@link #start()} is called.
	 * @param contentDir the folder
	 */
	CheckedContent(Path contentDir) {
		CompletableFuture<BuiltKnowledgeBase> built = this.built;
		this.thread = new Thread(() -> {
			try {
				long start = System.nanoTime();
				ParseResult result = ClaimAssessor.read(contentDir);
				this.readIn = Duration.ofNanos(System.nanoTime() - start);
				if (!result.valid()) {
					throw new InvalidContentException(result.errors());
				}
				this.checked.complete(null);
				long building = System.nanoTime();
				BuiltKnowledgeBase entities = KnowledgeBaseImporter.build(result.knowledgeBase(), contentDir);
				this.builtIn = Duration.ofNanos(System.nanoTime() - building);
				built.complete(entities);
			}
			catch (RuntimeException | Error ex) {
				this.checked.completeExceptionally(ex);
				built.completeExceptionally(ex);
			}
		}, "kb-check-content");
		this.thread.setDaemon(true);
	}

	/** Starts reading and checking, unless started already. */
	synchronized void start() {
		if (this.thread.getState() == Thread.State.NEW) {
			this.thread.start();
		}
	}

	/**
	 * Waits for the check.
	 * @throws InvalidContentException with every error of a broken folder
	 */
	void awaitCheck() {
		start();
		unwrap(this.checked);
	}

	/**
	 * The entities, waited for if still being built, and forgotten here as they are
	 * handed over.
	 * @return the entities of the folder
	 * @throws InvalidContentException with every error of a broken folder
	 * @throws IllegalStateException when they have already been taken
	 */
	synchronized BuiltKnowledgeBase take() {
		CompletableFuture<BuiltKnowledgeBase> taken = this.built;
		if (taken == null) {
			throw new IllegalStateException("The checked content has already been imported");
		}
		this.built = null;
		start();
		return unwrap(taken);
	}

	/** How long reading and checking took. */
	Duration readIn() {
		return this.readIn;
	}

	/** How long building the entities took, once they are built. */
	Duration builtIn() {
		return this.builtIn;
	}

	private static <T> T unwrap(CompletableFuture<T> future) {
		try {
			return future.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			if (ex.getCause() instanceof Error cause) {
				throw cause;
			}
			throw ex;
		}
	}

}
