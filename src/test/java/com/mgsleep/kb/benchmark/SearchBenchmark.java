package com.mgsleep.kb.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import com.mgsleep.kb.KnowledgeBaseApplication;
import com.mgsleep.kb.model.KnowledgeBaseImported;
import com.mgsleep.kb.search.Facet;
import com.mgsleep.kb.search.SearchRequest;
import com.mgsleep.kb.search.SearchResults;
import com.mgsleep.kb.search.SearchService;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.core.Ordered;
import org.springframework.util.FileSystemUtils;

/**
 * Generates a synthetic knowledge base (10,000 articles and 100,000 claims by default),
 * starts the application on it without a web server, and reports import time, index time,
 * heap after import and search latency over a fixed query mix. Run with
 * {@code ./mvnw -Pbenchmark verify}; see {@code docs/benchmarks.md}.
 *
 * <p>
 * Arguments (all optional): articles, claims per article, timed searches per query.
 */
public final class SearchBenchmark {

	/**
	 * What readers type, with and without filters; each is run the same number of times.
	 */
	private static final List<SearchRequest> QUERIES = List.of(request("magnesium sleep"), request("glycinate dose"),
			request("melatonn"), request("bisglycinate"), request("sleeping"), request("RLS"),
			request("\"sleep quality\""), request("does magnesium help me fall asleep"),
			request("insomnia older adults"), request("UL"), request("oxide absorption"), request("cramps at night"),
			request("threonate memory"), request("stress cortisol"), request("diarrhea"), request("pregnancy"),
			request("deep sleep tracker"), request("glycine", Facet.TYPE, "claim"),
			request("magnesium", Facet.TOPIC, "insomnia"), request("", Facet.TOPIC, "restless-legs"));

	private SearchBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int articles = (args.length > 0) ? Integer.parseInt(args[0]) : 10_000;
		int claimsPerArticle = (args.length > 1) ? Integer.parseInt(args[1]) : 10;
		int runs = (args.length > 2) ? Integer.parseInt(args[2]) : 100;
		Path folder = Files.createTempDirectory("kb-benchmark");
		Path database = Files.createTempDirectory("kb-benchmark-database");
		try {
			long generating = System.nanoTime();
			new SyntheticKnowledgeBase(42, SyntheticKnowledgeBase.vocabularyOf(Path.of("content"))).write(folder,
					articles, claimsPerArticle);
			System.out.printf("Generated %,d articles with %,d claims in %s (%.1f s)%n", articles,
					articles * claimsPerArticle, folder, seconds(generating));
			run(folder, database, runs);
		}
		finally {
			FileSystemUtils.deleteRecursively(folder);
			FileSystemUtils.deleteRecursively(database);
		}
	}

	private static void run(Path folder, Path database, int runs) {
		ImportClock imported = new ImportClock();
		SpringApplication application = new SpringApplication(KnowledgeBaseApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setDefaultProperties(Map.of("spring.jpa.open-in-view", "false", "logging.level.root", "warn",
				"logging.level.com.mgsleep", "info"));
		application.addListeners(imported);
		// the database in a file, as a large knowledge base is run: H2's rows in memory
		// would take most of the heap. An argument, since application.properties names
		// the
		// in-memory database and outranks default properties; a system property set on
		// the command line still wins over both
		String url = System.getProperty("spring.datasource.url",
				"jdbc:h2:file:" + database.resolve("kb").toAbsolutePath());
		System.out.printf("Database: %s%n", url);
		long start = System.nanoTime();
		try (ConfigurableApplicationContext context = application.run("--kb.content-dir=" + folder,
				"--spring.datasource.url=" + url)) {
			// the index is built on a thread of its own after the start
			long ready = awaitIndexed(context);
			System.gc();
			long heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
			SearchService search = context.getBean(SearchService.class);
			for (int i = 0; i < 20; i++) {
				QUERIES.forEach(search::searchAnew);
			}
			long[] latencies = new long[QUERIES.size() * runs];
			long total = 0;
			int n = 0;
			for (int r = 0; r < runs; r++) {
				for (SearchRequest query : QUERIES) {
					long t = System.nanoTime();
					SearchResults results = search.searchAnew(query);
					latencies[n++] = System.nanoTime() - t;
					total += results.hits().size();
				}
			}
			Arrays.sort(latencies);
			double importSeconds = imported.took.toMillis() / 1e3;
			double indexSeconds = (ready - imported.at) / 1e9;
			System.out.printf("%nApplication start to ready:                %.1f s%n", (ready - start) / 1e9);
			System.out.printf("Import (parse, validate, write to the DB): %.1f s%n", importSeconds);
			System.out.printf("Index (from the imported model):          %.1f s%n", indexSeconds);
			System.out.printf("Import plus index:                         %.1f s%n", importSeconds + indexSeconds);
			System.out.printf("Heap after import and index (after GC):    %,d MB%n", heap >> 20);
			System.out.printf("Searches: %,d (%d queries x %d), %,d hits returned%n", latencies.length, QUERIES.size(),
					runs, total);
			System.out.printf("Latency p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n", percentile(latencies, 50),
					percentile(latencies, 95), percentile(latencies, 99), latencies[latencies.length - 1] / 1e6);
			perQuery(search);
		}
	}

	private static void perQuery(SearchService search) {
		System.out.printf("%nPer query (median of 20 runs, total hits):%n");
		for (SearchRequest query : QUERIES) {
			long[] times = new long[20];
			long hits = 0;
			for (int i = 0; i < times.length; i++) {
				long t = System.nanoTime();
				hits = search.searchAnew(query).total();
				times[i] = System.nanoTime() - t;
			}
			Arrays.sort(times);
			System.out.printf("  %-40s %6.2f ms %,9d hits%n", describe(query), times[times.length / 2] / 1e6, hits);
		}
	}

	/** Notes when the import finished, before the search index starts building. */
	private static final class ImportClock
			implements ApplicationListener<PayloadApplicationEvent<KnowledgeBaseImported>>, Ordered {

		private long at;

		private Duration took;

		@Override
		public void onApplicationEvent(PayloadApplicationEvent<KnowledgeBaseImported> event) {
			this.at = System.nanoTime();
			this.took = event.getPayload().duration();
		}

		@Override
		public int getOrder() {
			return Ordered.HIGHEST_PRECEDENCE;
		}

	}

	/**
	 * Waits until the application is ready for readers: the search index is built on a
	 * thread of its own after the start, and the knowledge base's health is up once it
	 * is.
	 * @return when it was
	 */
	private static long awaitIndexed(ConfigurableApplicationContext context) {
		HealthIndicator health = context.getBean("knowledgeBaseHealthIndicator", HealthIndicator.class);
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(30);
		while (!Status.UP.equals(health.health().getStatus())) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("the search index was not built within 30 minutes");
			}
			LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
		}
		return System.nanoTime();
	}

	private static String describe(SearchRequest query) {
		List<String> parts = new ArrayList<>();
		if (!query.text().isEmpty()) {
			parts.add(query.text());
		}
		query.filters().forEach((facet, value) -> parts.add(facet.getSlug() + "=" + value));
		return String.join(" ", parts);
	}

	private static double percentile(long[] sorted, int percentile) {
		int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, index)] / 1e6;
	}

	private static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

	private static SearchRequest request(String text) {
		return SearchRequest.of(text, Map.of(), 1);
	}

	private static SearchRequest request(String text, Facet facet, String value) {
		return SearchRequest.of(text, Map.of(facet, value), 1);
	}

}
