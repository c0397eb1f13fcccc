package com.mgsleep.kb.web;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;

import com.mgsleep.kb.SiteClient;
import com.mgsleep.kb.SiteOverRealContent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile and malformed addresses sent to the real server, Tomcat included: each gets the
 * site's own 400 or 404 page (or a JSON problem under {@code /api}), never a server
 * error, a framework page or the input echoed back.
 */
@SiteOverRealContent
class HostileRequestTests {

	private static final List<String> PAGES = List.of("/claims/", "/citations/", "/sources/", "/topics/", "/forms/",
			"/articles/");

	private static final List<String> SEGMENTS = List.of("..%2F..%2Fetc%2Fpasswd", "..%5C..%5Cwindows", "%00", "a%00b",
			"%3Cscript%3Ealert(1)%3C%2Fscript%3E", "%3Cscript%3Ealert(1)%3C/script%3E", "%2e%2e", "%252e%252e%252f",
			"%C0%AE%C0%AE", "%FF", "..;", "x%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E", "a".repeat(5000),
			"a".repeat(20000));

	@LocalServerPort
	private int port;

	static Stream<Arguments> hostilePaths() {
		return PAGES.stream().flatMap((page) -> SEGMENTS.stream().map((segment) -> Arguments.of(page, segment)));
	}

	@ParameterizedTest(name = "{0}{1}")
	@MethodSource("hostilePaths")
	void pageWhenHostileSegmentThenSiteErrorPageWithoutEcho(String page, String segment) {
		HttpResponse<String> response = new SiteClient(this.port).get(page + segment);
		assertThat(response.statusCode()).isIn(400, 404);
		assertSiteErrorPage(response);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/claims?verdict=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "/claims?sort=%3Cscript%3E",
			"/claims?certainty=%00", "/claims?topic=..%2F..", "/topics/sleep-quality?form=%3Cscript%3Ealert(1)",
			"/citations/%3Cscript%3Ealert(1).bib", "/citations/..%2Fx.json", "/no/such/%3Cscript%3Ealert(1)" })
	void pageWhenHostileQueryOrDownloadThenSiteErrorPageOrPageWithoutEcho(String path) {
		HttpResponse<String> response = new SiteClient(this.port).get(path);
		assertThat(response.statusCode()).isIn(200, 400, 404);
		assertThat(response.body()).doesNotContain("<script>alert").doesNotContain("Exception");
		if (response.statusCode() != 200) {
			assertSiteErrorPage(response);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/claims/%3Cscript%3Ealert(1)%3C%2Fscript%3E", "/api/citations/..%2F..%2Fetc",
			"/api/claims/%00", "/api/citations/%3Cscript%3E" })
	void apiWhenHostileSegmentThenClientErrorWithoutEcho(String path) {
		HttpResponse<String> response = new SiteClient(this.port).get(path, "application/json");
		assertThat(response.statusCode()).isIn(400, 404);
		assertThat(response.body()).doesNotContain("<script").doesNotContain("Exception").doesNotContain("Tomcat");
	}

	@ParameterizedTest(name = "{0} accepting {1}")
	@MethodSource("unacceptable")
	void addressWhenAcceptHeaderCannotBeMetThenNotAcceptableNotServerError(String path, String accept) {
		HttpResponse<String> response = new SiteClient(this.port).get(path, accept);
		assertThat(response.statusCode()).isEqualTo(406);
		assertThat(response.body()).doesNotContain("Exception");
		String type = response.headers().firstValue("Content-Type").orElse("");
		if (response.body().startsWith("<!DOCTYPE html>")) {
			assertThat(type).as("an HTML body is labelled as HTML").startsWith("text/html");
		}
	}

	static Stream<Arguments> unacceptable() {
		return Stream.of(Arguments.of("/sitemap.xml", "text/html"), Arguments.of("/sitemap.xml", "application/json"),
				Arguments.of("/api/claims", "text/html"), Arguments.of("/api/claims", "image/png"));
	}

	private static void assertSiteErrorPage(HttpResponse<String> response) {
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(response.body()).containsAnyOf("<title>Page not found", "<title>Bad request")
			.doesNotContain("<script>alert")
			.doesNotContain("<img src=x")
			.doesNotContain("alert(1)")
			.doesNotContain("aaaaaaaaaaaaaaaaaaaa")
			.doesNotContain("Exception")
			.doesNotContain("Tomcat")
			.doesNotContain("HTTP Status");
	}

}
