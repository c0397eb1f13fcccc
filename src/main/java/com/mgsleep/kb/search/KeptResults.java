package com.mgsleep.kb.search;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * The results of the most recent requests, least recently asked dropped first. The index
 * never changes (a reload builds a new one), so a request always gets the same results.
 * When many readers ask the same new question at once, as after a start or a link shared
 * widely, one search runs and the others wait for it instead of each running it again.
 */
final class KeptResults {

	private final RecentlyUsed<SearchRequest, CompletableFuture<SearchResults>> kept;

	private final Function<SearchRequest, SearchResults> search;

	KeptResults(int capacity, Function<SearchRequest, SearchResults> search) {
		this.search = search;
		this.kept = new RecentlyUsed<>(capacity);
	}

	/**
	 * The results of a request, searched now unless kept or under way.
	 * @throws InvalidSearchException as the search does; such requests are not kept
	 */
	SearchResults get(SearchRequest request) {
		CompletableFuture<SearchResults> mine = new CompletableFuture<>();
		CompletableFuture<SearchResults> found;
		found = this.kept.putIfAbsent(request, mine);
		if (found != null) {
			return resultOf(found);
		}
		try {
			mine.complete(this.search.apply(request));
		}
		catch (RuntimeException ex) {
			this.kept.remove(request, mine);
			mine.completeExceptionally(ex);
		}
		return resultOf(mine);
	}

	private static SearchResults resultOf(CompletableFuture<SearchResults> future) {
		try {
			return future.join();
		}
		catch (CompletionException ex) {
			throw (ex.getCause() instanceof RuntimeException cause) ? cause : ex;
		}
	}

}
