package com.mgsleep.kb.search;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.mgsleep.kb.model.KnowledgeBaseImported;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Searches the knowledge base. The index is built each time the content is imported; at
 * startup that is on a thread of its own while the pages are already served, and a search
 * asked for meanwhile waits for it.
 */
@Service
public class SearchService {

	private static final Logger logger = LoggerFactory.getLogger(SearchService.class);

	/** How long a search asked for while the site starts waits for the index. */
	private static final Duration WAIT_FOR_FIRST_INDEX = Duration.ofSeconds(20);

	private final SearchCorpusReader reader;

	private final Duration waitForFirstIndex;

	private volatile boolean closed;

	private volatile SearchIndex index;

	private IndexFolder folder;

	/** Open once the first index is built. */
	private final CountDownLatch firstIndex = new CountDownLatch(1);

	@Autowired
	SearchService(SearchCorpusReader reader) {
		this(reader, WAIT_FOR_FIRST_INDEX);
	}

	SearchService(SearchCorpusReader reader, Duration waitForFirstIndex) {
		this.reader = reader;
		this.waitForFirstIndex = waitForFirstIndex;
	}

	@EventListener
	synchronized void onImported(KnowledgeBaseImported imported) throws IOException {
		long start = System.nanoTime();
		SearchCorpus corpus = this.reader.read();
		long read = System.nanoTime();
		Path temp = Path.of(System.getProperty("java.io.tmpdir"));
		IndexFolder.sweep(temp);
		IndexFolder folder = IndexFolder.create(temp);
		SearchIndex built;
		try {
			built = SearchIndexWriter.build(corpus.documents(), corpus.synonymGroups(), corpus.labels(), folder.path());
		}
		catch (RuntimeException ex) {
			folder.close();
			throw ex;
		}
		// the old index, if any, answers searches until the new one is ready
		SearchIndex old = this.index;
		IndexFolder oldFolder = this.folder;
		this.index = built;
		this.folder = folder;
		delete(old, oldFolder);
		this.firstIndex.countDown();
		logger.info("Indexed {} documents for search with {} synonym groups in {} ms (read {} ms, index {} ms)",
				this.index.size(), corpus.synonymGroups().size(), (System.nanoTime() - start) / 1_000_000,
				(read - start) / 1_000_000, (System.nanoTime() - read) / 1_000_000);
	}

	/** Closes the index and deletes its files. */
	@PreDestroy
	synchronized void close() throws IOException {
		this.closed = true;
		delete(this.index, this.folder);
		this.index = null;
		this.folder = null;
	}

	private static void delete(SearchIndex index, IndexFolder folder) throws IOException {
		if (index != null) {
			index.close();
		}
		if (folder != null) {
			folder.close();
		}
	}

	/**
	 * Runs a search.
	 * @param request the checked request
	 * @return a page of results with facets
	 * @throws InvalidSearchException when a filter value does not exist
	 */
	public SearchResults search(SearchRequest request) {
		return index().search(request);
	}

	/**
	 * Runs a search afresh, without the answers kept for repeated questions: what a
	 * question asked for the first time costs, which the search benchmark measures.
	 * @param request the checked request
	 * @return a page of results with facets
	 * @throws InvalidSearchException when a filter value does not exist
	 */
	public SearchResults searchAnew(SearchRequest request) {
		return index().searchAnew(request);
	}

	/**
	 * Every topic with its number of claims, most first: what a reader can search by
	 * before typing anything. Counted once per index, not per request.
	 */
	public List<FacetValue> topicsByClaims() {
		return index().topicsByClaims();
	}

	private SearchIndex index() {
		SearchIndex current = this.index;
		if (current == null) {
			if (this.closed) {
				throw new IllegalStateException("The search index is closed: the application is stopping");
			}
			try {
				this.firstIndex.await(this.waitForFirstIndex.toMillis(), TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			current = this.index;
			if (current == null) {
				throw new SearchNotReadyException();
			}
		}
		return current;
	}

}
