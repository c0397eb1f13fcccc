package com.mgsleep.kb.web.cache;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pages rendered so far, by path. Content only changes with a restart (or a reload,
 * which calls {@link #clear}), so a page once rendered stays right.
 */
public class PreparedPages {

	/**
	 * A bound well above the site's page count (about 250 today, some 100,000 for the
	 * largest benchmark), so no request pattern can fill the heap.
	 */
	static final int MAX_PAGES = 200_000;

	private final Map<String, PreparedPage> pages = new ConcurrentHashMap<>();

	PreparedPage get(String path) {
		return this.pages.get(path);
	}

	void put(String path, PreparedPage page) {
		if (this.pages.size() < MAX_PAGES) {
			this.pages.putIfAbsent(path, page);
		}
	}

	/** Forgets every page, for a knowledge base that has just been replaced. */
	public void clear() {
		this.pages.clear();
	}

	public int size() {
		return this.pages.size();
	}

}
