package com.mgsleep.kb.web.cache;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.mgsleep.kb.search.RecentlyUsed;

/**
 * The pages rendered so far, by path, and the search API's latest answers, by address.
 * Content only changes with a restart (or a reload, which calls {@link #clear}), so a
 * page once rendered stays right. Pages read from a {@link PageSnapshot} are answered
 * while the application is still starting; every other request waits until it is
 * {@link #ready()}.
 */
public class PreparedPages {

	/**
	 * A bound well above the site's page count (about 250 today, some 100,000 for the
	 * largest benchmark), so no request pattern can fill the heap.
	 */
	static final int MAX_PAGES = 200_000;

	/**
	 * Search answers kept, the most recently asked: any query can be asked, so unlike the
	 * pages they are bounded by recency. About 17 kB each today.
	 */
	static final int MAX_SEARCH_ANSWERS = 256;

	private final Map<String, PreparedPage> pages = new ConcurrentHashMap<>();

	private final RecentlyUsed<String, PreparedPage> searchAnswers = new RecentlyUsed<>(MAX_SEARCH_ANSWERS);

	private final CountDownLatch started;

	private final int fromSnapshot;

	/** No pages yet, for an application that answers requests only once started. */
	public PreparedPages() {
		this.fromSnapshot = 0;
		this.started = new CountDownLatch(0);
	}

	/**
	 * Pages from an earlier run of the same content and build, answered before the
	 * application has started.
	 * @param pages the pages by request key
	 */
	public PreparedPages(Map<String, PreparedPage> pages) {
		this.pages.putAll(pages);
		this.fromSnapshot = pages.size();
		this.started = new CountDownLatch(1);
	}

	/** Whether pages have been prepared since those read from a snapshot. */
	boolean preparedSinceStart() {
		return this.pages.size() != this.fromSnapshot;
	}

	/**
	 * Whether the pages are to be answered before the application has started: there are
	 * some, and it has not started yet.
	 */
	public boolean answeredWhileStarting() {
		return this.started.getCount() > 0 && !this.pages.isEmpty();
	}

	/** The application has started: every request can now be answered. */
	public void ready() {
		this.started.countDown();
	}

	/**
	 * Waits until the application has started.
	 * @param timeout the longest wait
	 * @return whether it has
	 */
	boolean awaitReady(Duration timeout) {
		try {
			return this.started.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** The pages prepared so far, to be kept for the next start. */
	Map<String, PreparedPage> pages() {
		return new LinkedHashMap<>(this.pages);
	}

	PreparedPage get(String key) {
		if (PreparedAnswer.isSearchAnswer(key)) {
			return this.searchAnswers.get(key);
		}
		return this.pages.get(key);
	}

	void put(String key, PreparedPage page) {
		if (PreparedAnswer.isSearchAnswer(key)) {
			this.searchAnswers.putIfAbsent(key, page);
		}
		else if (this.pages.size() < MAX_PAGES) {
			this.pages.putIfAbsent(key, page);
		}
	}

	/**
	 * Forgets every page and answer, for a knowledge base that has just been replaced.
	 */
	public void clear() {
		this.pages.clear();
		this.searchAnswers.clear();
	}

	public int size() {
		return this.pages.size();
	}

}
