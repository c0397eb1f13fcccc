package com.mgsleep.kb.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecentlyUsedTests {

	@Test
	void putIfAbsentWhenFullThenTheLeastRecentlyUsedEntryIsDropped() {
		RecentlyUsed<String, Integer> recent = new RecentlyUsed<>(2);
		recent.putIfAbsent("a", 1);
		recent.putIfAbsent("b", 2);
		assertThat(recent.get("a")).isEqualTo(1);
		recent.putIfAbsent("c", 3);
		assertThat(recent.get("b")).as("used least recently").isNull();
		assertThat(recent.get("a")).isEqualTo(1);
		assertThat(recent.get("c")).isEqualTo(3);
	}

	@Test
	void putIfAbsentWhenTheKeyHasAValueThenKeepsIt() {
		RecentlyUsed<String, Integer> recent = new RecentlyUsed<>(2);
		assertThat(recent.putIfAbsent("a", 1)).isNull();
		assertThat(recent.putIfAbsent("a", 2)).isEqualTo(1);
		assertThat(recent.get("a")).isEqualTo(1);
	}

	@Test
	void removeWhenTheValueChangedThenKeepsTheNewOne() {
		RecentlyUsed<String, Integer> recent = new RecentlyUsed<>(2);
		recent.putIfAbsent("a", 1);
		recent.remove("a", 2);
		assertThat(recent.get("a")).isEqualTo(1);
		recent.remove("a", 1);
		assertThat(recent.get("a")).isNull();
		recent.putIfAbsent("b", 2);
		recent.clear();
		assertThat(recent.get("b")).isNull();
	}

}
