package com.mgsleep.kb.web.cache;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.mgsleep.kb.search.RecentlyUsed;

/**
 * The pages rendered so far, by path, and the search API's latest answers, by address.
 * Content only changes with a restart (or a reload, which calls {@link #clear}), so a
 * page once rendered stays right.
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
