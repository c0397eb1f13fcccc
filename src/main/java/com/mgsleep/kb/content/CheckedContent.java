package com.mgsleep.kb.content;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import com.mgsleep.kb.content.markdown.ParsedKnowledgeBase;

/**
 * The content folder, parsed and found valid while the application started, and its
 * entities, which are built from it on a thread of their own meanwhile: the ORM takes
 * seconds to start, and the entities need none of it. Handed to the import once; after
 * that nothing here is kept, since everything the site serves is in the database and the
 * search index.
 */
final class CheckedContent {

	private CompletableFuture<BuiltKnowledgeBase> built;

	private final Duration readIn;

	/**
	 * Starts building the entities of checked content.
	 * @param knowledgeBase what the folder holds
	 * @param contentDir the folder
	 * @param readIn how long reading and checking took
	 */
	CheckedContent(ParsedKnowledgeBase knowledgeBase, Path contentDir, Duration readIn) {
		this.built = new CompletableFuture<>();
		this.readIn = readIn;
		CompletableFuture<BuiltKnowledgeBase> building = this.built;
		Thread thread = new Thread(() -> {
			try {
				building.complete(KnowledgeBaseImporter.build(knowledgeBase, contentDir));
			}
			catch (RuntimeException | Error ex) {
				building.completeExceptionally(ex);
			}
		}, "kb-build-entities");
		thread.setDaemon(true);
		thread.start();
	}

	/**
	 * The entities, waited for if still being built, and forgotten here as they are
	 * handed over.
	 * @return the entities of the folder
	 * @throws IllegalStateException when they have already been taken
	 */
	synchronized BuiltKnowledgeBase take() {
		CompletableFuture<BuiltKnowledgeBase> taken = this.built;
		if (taken == null) {
			throw new IllegalStateException("The checked content has already been imported");
		}
		this.built = null;
		try {
			return taken.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

	/** How long reading and checking took. */
	Duration readIn() {
		return this.readIn;
	}

}
