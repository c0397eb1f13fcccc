package com.mgsleep.kb.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class KeptResultsTests {

	private final AtomicInteger searches = new AtomicInteger();

	@Test
	void getWhenAskedAgainThenTheKeptResultsAnswerWithoutSearching() {
		KeptResults kept = new KeptResults(2, this::results);
		SearchResults first = kept.get(request("sleep"));
		assertThat(kept.get(request("sleep"))).isSameAs(first);
		assertThat(this.searches).hasValue(1);
	}

	@Test
	void getWhenMoreRequestsThanKeptThenTheLeastRecentlyAskedIsSearchedAgain() {
		KeptResults kept = new KeptResults(2, this::results);
		kept.get(request("a"));
		kept.get(request("b"));
		kept.get(request("a"));
		kept.get(request("c"));
		assertThat(this.searches).hasValue(3);
		kept.get(request("a"));
		assertThat(this.searches).hasValue(3);
		kept.get(request("b"));
		assertThat(this.searches).hasValue(4);
	}

	@Test
	void getWhenTheSearchFailsThenEveryCallerGetsItsErrorAndNothingIsKept() {
		KeptResults kept = new KeptResults(2, (request) -> {
			this.searches.incrementAndGet();
			throw new InvalidSearchException("There is no topic `x`.");
		});
		for (int i = 0; i < 2; i++) {
			assertThatExceptionOfType(InvalidSearchException.class).isThrownBy(() -> kept.get(request("x")))
				.withMessage("There is no topic `x`.");
		}
		assertThat(this.searches).hasValue(2);
	}

	@Test
	void getWhenManyAskTheSameNewQuestionAtOnceThenOneSearchRuns() throws Exception {
		CountDownLatch searching = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		KeptResults kept = new KeptResults(2, (request) -> {
			searching.countDown();
			await(release);
			return results(request);
		});
		ExecutorService readers = Executors.newFixedThreadPool(8);
		try {
			List<Future<SearchResults>> answers = new ArrayList<>();
			answers.add(readers.submit(() -> kept.get(request("magnesium"))));
			assertThat(searching.await(10, TimeUnit.SECONDS)).isTrue();
			for (int i = 0; i < 7; i++) {
				answers.add(readers.submit(() -> kept.get(request("magnesium"))));
			}
			release.countDown();
			SearchResults first = answers.get(0).get(10, TimeUnit.SECONDS);
			for (Future<SearchResults> answer : answers) {
				assertThat(answer.get(10, TimeUnit.SECONDS)).isSameAs(first);
			}
			assertThat(this.searches).hasValue(1);
		}
		finally {
			readers.shutdownNow();
		}
	}

	private SearchResults results(SearchRequest request) {
		this.searches.incrementAndGet();
		return new SearchResults(request, 0, List.of(), List.of(), Map.of(), null, null);
	}

	private static SearchRequest request(String text) {
		return SearchRequest.of(text, Map.of(), 1);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
