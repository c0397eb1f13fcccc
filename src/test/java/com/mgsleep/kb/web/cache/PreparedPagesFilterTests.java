package com.mgsleep.kb.web.cache;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages rendered once and answered from memory, with ETags, 304s and gzip.
 */
class PreparedPagesFilterTests {

	private static final String PAGE = "<!DOCTYPE html><title>Claim</title>" + "<p>Magnesium and sleep.</p>".repeat(40);

	private final PreparedPages pages = new PreparedPages();

	private final PreparedPagesFilter filter = new PreparedPagesFilter(this.pages);

	private final AtomicInteger renders = new AtomicInteger();

	private final FilterChain controller = (request, response) -> {
		this.renders.incrementAndGet();
		HttpServletResponse http = (HttpServletResponse) response;
		String path = ((jakarta.servlet.http.HttpServletRequest) request).getRequestURI();
		if (path.equals("/missing")) {
			http.sendError(404);
			return;
		}
		if (path.equals(PreparedAnswer.SEARCH_API)) {
			String query = ((jakarta.servlet.http.HttpServletRequest) request).getQueryString();
			if (query.contains("page=0")) {
				http.sendError(400);
				return;
			}
			http.setContentType("application/json");
			http.getOutputStream().write(("{\"query\":\"" + query + "\"}").getBytes(StandardCharsets.UTF_8));
			return;
		}
		http.setContentType("text/html;charset=UTF-8");
		http.setHeader("Content-Language", "en");
		http.getOutputStream().write(PAGE.getBytes(StandardCharsets.UTF_8));
	};

	@Test
	void doFilterWhenPageRequestedTwiceThenRenderedOnceAndSameBytesWithStrongEtag() throws Exception {
		MockHttpServletResponse first = get("/claims/x", null, null);
		MockHttpServletResponse second = get("/claims/x", null, null);
		assertThat(this.renders).hasValue(1);
		assertThat(second.getContentAsString()).isEqualTo(PAGE).isEqualTo(first.getContentAsString());
		assertThat(second.getHeader("ETag")).matches("\"[0-9a-f]{32}\"").isEqualTo(first.getHeader("ETag"));
		assertThat(second.getContentType()).isEqualTo("text/html;charset=UTF-8");
		assertThat(second.getHeader("Content-Language")).isEqualTo("en");
		assertThat(second.getHeader("Cache-Control")).isEqualTo("public, max-age=300");
		assertThat(second.getHeader("Vary")).isEqualTo("Accept-Encoding");
	}

	@Test
	void doFilterWhenIfNoneMatchNamesTheBytesThen304WithoutRendering() throws Exception {
		String etag = get("/claims/x", null, null).getHeader("ETag");
		MockHttpServletResponse revalidated = get("/claims/x", etag, null);
		assertThat(revalidated.getStatus()).isEqualTo(304);
		assertThat(revalidated.getContentAsByteArray()).isEmpty();
		assertThat(revalidated.getHeader("ETag")).isEqualTo(etag);
		assertThat(get("/claims/x", "\"other\"", null).getStatus()).isEqualTo(200);
		assertThat(this.renders).hasValue(1);
	}

	@Test
	void doFilterWhenClientAcceptsGzipThenCompressedCopyOfTheSameBytes() throws Exception {
		get("/claims/x", null, null);
		MockHttpServletResponse zipped = get("/claims/x", null, "gzip, deflate, br");
		assertThat(zipped.getHeader("Content-Encoding")).isEqualTo("gzip");
		assertThat(zipped.getContentAsByteArray().length).isLessThan(PAGE.length() / 4);
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.getContentAsByteArray()))) {
			assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
		}
		assertThat(get("/claims/x", null, "gzip;q=0, identity").getHeader("Content-Encoding")).isNull();
	}

	@Test
	void doFilterWhenSearchQueryStringOrErrorThenNeverKept() throws Exception {
		get("/search", null, null);
		get("/search", null, null);
		MockHttpServletRequest filtered = new MockHttpServletRequest("GET", "/claims");
		filtered.setQueryString("verdict=limited");
		this.filter.doFilter(filtered, new MockHttpServletResponse(), this.controller);
		this.filter.doFilter(filtered, new MockHttpServletResponse(), this.controller);
		assertThat(get("/missing", null, null).getStatus()).isEqualTo(404);
		assertThat(get("/missing", null, null).getStatus()).isEqualTo(404);
		assertThat(this.renders).hasValue(6);
		assertThat(this.pages.size()).isZero();
	}

	@Test
	void doFilterWhenTheSameSearchIsAskedAgainThenItsAnswerComesFromMemory() throws Exception {
		MockHttpServletResponse first = search("q=glycinate%20dose");
		MockHttpServletResponse second = search("q=glycinate%20dose");
		assertThat(this.renders).hasValue(1);
		assertThat(second.getContentAsString()).isEqualTo(first.getContentAsString())
			.isEqualTo("{\"query\":\"q=glycinate%20dose\"}");
		assertThat(second.getContentType()).isEqualTo("application/json");
		assertThat(second.getHeader("ETag")).isEqualTo(first.getHeader("ETag")).isNotNull();
		search("q=melatonin");
		assertThat(this.renders).as("another query is another answer").hasValue(2);
		assertThat(search("page=0").getStatus()).isEqualTo(400);
		assertThat(search("page=0").getStatus()).isEqualTo(400);
		assertThat(this.renders).as("a refused search is never kept").hasValue(4);
		this.pages.clear();
		search("q=glycinate%20dose");
		assertThat(this.renders).as("a new knowledge base answers afresh").hasValue(5);
	}

	@Test
	void doFilterWhenManySearchesThenOnlyTheMostRecentAreKept() throws Exception {
		search("q=first");
		for (int i = 0; i < PreparedPages.MAX_SEARCH_ANSWERS; i++) {
			search("q=word" + i);
		}
		int renders = this.renders.get();
		search("q=word" + (PreparedPages.MAX_SEARCH_ANSWERS - 1));
		assertThat(this.renders).as("a recent answer is kept").hasValue(renders);
		search("q=first");
		assertThat(this.renders).as("the oldest answer was dropped").hasValue(renders + 1);
		assertThat(this.pages.size()).as("answers are not pages").isZero();
	}

	@Test
	void doFilterWhenManyAskForAPageWhileItRendersThenItRendersOnce() throws Exception {
		CountDownLatch rendering = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		FilterChain slow = (request, response) -> {
			rendering.countDown();
			try {
				release.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			this.controller.doFilter(request, response);
		};
		ExecutorService readers = Executors.newFixedThreadPool(8);
		try {
			List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
			answers.add(readers.submit(() -> get("/claims/x", slow)));
			rendering.await();
			for (int i = 0; i < 7; i++) {
				answers.add(readers.submit(() -> get("/claims/x", slow)));
			}
			Thread.sleep(200);
			release.countDown();
			for (Future<MockHttpServletResponse> answer : answers) {
				assertThat(answer.get(10, TimeUnit.SECONDS).getContentAsString()).isEqualTo(PAGE);
			}
		}
		finally {
			readers.shutdownNow();
		}
		assertThat(this.renders).hasValue(1);
	}

	@Test
	void doFilterWhenTheRenderOthersWaitedForIsNotKeptThenEachAnswersForItself() throws Exception {
		assertThat(get("/missing", null, null).getStatus()).isEqualTo(404);
		assertThat(get("/missing", null, null).getStatus()).isEqualTo(404);
		assertThat(this.renders).hasValue(2);
	}

	@Test
	void doFilterWhenFingerprintedAssetThenCachedForAYear() throws Exception {
		assertThat(get("/css/site-0123456789abcdef0123456789abcdef.css", null, null).getHeader("Cache-Control"))
			.isEqualTo("public, max-age=31536000, immutable");
	}

	@Test
	void doFilterWhenAcceptRulesOutThePreparedTypeThenTheControllersAnswer() throws Exception {
		get("/claims/x", null, null);
		MockHttpServletRequest json = new MockHttpServletRequest("GET", "/claims/x");
		json.addHeader("Accept", "application/json");
		this.filter.doFilter(json, new MockHttpServletResponse(), this.controller);
		MockHttpServletRequest browser = new MockHttpServletRequest("GET", "/claims/x");
		browser.addHeader("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
		this.filter.doFilter(browser, new MockHttpServletResponse(), this.controller);
		assertThat(this.renders).as("the JSON request reached the controller; the browser's did not").hasValue(2);
	}

	@Test
	void doFilterWhenPathIsAnotherSpellingOfAPageThenAnsweredButNeverKept() throws Exception {
		for (String path : new String[] { "/claims/%78", "/claims/./x", "/claims/y/../x", "//claims/x",
				"/claims/x;v=1" }) {
			assertThat(get(path, null, null).getContentAsString()).as(path).isEqualTo(PAGE);
		}
		assertThat(this.pages.size()).isZero();
		get("/claims/x", null, null);
		assertThat(this.pages.size()).isOne();
	}

	@Test
	void acceptsGzipReadsQualityValues() {
		assertThat(PreparedAnswer.acceptsGzip("gzip")).isTrue();
		assertThat(PreparedAnswer.acceptsGzip("br, gzip;q=0.8")).isTrue();
		assertThat(PreparedAnswer.acceptsGzip("*")).isTrue();
		assertThat(PreparedAnswer.acceptsGzip("gzip;q=0")).isFalse();
		assertThat(PreparedAnswer.acceptsGzip("deflate")).isFalse();
		assertThat(PreparedAnswer.acceptsGzip(null)).isFalse();
	}

	private MockHttpServletResponse get(String path, FilterChain chain) throws ServletException, IOException {
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(new MockHttpServletRequest("GET", path), response, chain);
		return response;
	}

	private MockHttpServletResponse search(String query) throws ServletException, IOException {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", PreparedAnswer.SEARCH_API);
		request.setQueryString(query);
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request, response, this.controller);
		return response;
	}

	private MockHttpServletResponse get(String path, String ifNoneMatch, String acceptEncoding)
			throws ServletException, IOException {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		if (ifNoneMatch != null) {
			request.addHeader("If-None-Match", ifNoneMatch);
		}
		if (acceptEncoding != null) {
			request.addHeader("Accept-Encoding", acceptEncoding);
		}
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request, response, this.controller);
		return response;
	}

}
