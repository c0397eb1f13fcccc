package com.mgsleep.kb.search;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A map of bounded size that drops its least recently used entry first, safe to use from
 * many threads: for answers worth keeping while any request can add one.
 *
 * @param <K> the key
 * @param <V> the value
 */
public final class RecentlyUsed<K, V> {

	private final Map<K, V> entries;

	/**
	 * An empty map.
	 * @param capacity how many entries it holds at most
	 */
	public RecentlyUsed(int capacity) {
		this.entries = new LinkedHashMap<>(capacity * 4 / 3 + 1, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
				return size() > capacity;
			}

		};
	}

	/** The value for a key, now the most recently used, or {@code null}. */
	public synchronized V get(K key) {
		return this.entries.get(key);
	}

	/**
	 * Adds a value unless the key has one.
	 * @return the value the key had, or {@code null} when this one was added
	 */
	public synchronized V putIfAbsent(K key, V value) {
		return this.entries.putIfAbsent(key, value);
	}

	/** Removes a key's entry if it still holds this value. */
	public synchronized void remove(K key, V value) {
		this.entries.remove(key, value);
	}

	public synchronized void clear() {
		this.entries.clear();
	}

}
