package com.mgsleep.kb.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.mgsleep.kb.SiteOverRealContent;
import com.mgsleep.kb.article.ArticleRepository;
import com.mgsleep.kb.citation.CitationRepository;
import com.mgsleep.kb.claim.ClaimRepository;
import com.mgsleep.kb.form.FormRepository;
import com.mgsleep.kb.topic.TopicRepository;
import com.mgsleep.kb.vocabulary.Outcome;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.Sort;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route the application maps, found from its handler mappings and filled with real
 * ids, slugs and keys from the repositories (so a new route is covered as soon as it is
 * mapped), gets hostile requests through the real Tomcat: every method, undecodable and
 * double-encoded bytes, overlong UTF-8, very long addresses and queries, odd
 * {@code Accept}, {@code Range} and {@code Host} headers. None may answer a server error
 * or show a stack trace, and every answer, whoever produced it, carries the security
 * headers.
 */
@SiteOverRealContent
class EveryRouteHostileRequestTests {

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

	private static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "TRACE",
			"PATCH", "BREW");

	private static final List<String> SUFFIXES = List.of("%00", "%ff", "%C0%AE%C0%AE%C0%AF", "%E0%80%AF",
			"%252e%252e%252f", "%2e%2e/%2e%2e/etc/passwd", "/..;/x", ";jsessionid=x", "\u00ff\u00fe",
			"/" + "a".repeat(3000), "?q=%00&page=-1&sort=%ff&verdict=%3Cscript%3E", "?%ff=%ff&%C0%AE=1&q=%uFFFF",
			"?q=" + "x".repeat(9000), "?q=" + "x".repeat(30000),
			"?page=99999999999999999999&type=&topic[]=x&form=a&form=b");

	private static final Map<String, String> HEADERS = headers();

	private static final List<String> SECURITY_HEADERS = List.of("content-security-policy", "x-content-type-options",
			"referrer-policy", "x-frame-options", "permissions-policy", "cross-origin-opener-policy");

	@LocalServerPort
	private int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@Autowired
	private ClaimRepository claims;

	@Autowired
	private CitationRepository citations;

	@Autowired
	private TopicRepository topics;

	@Autowired
	private FormRepository forms;

	@Autowired
	private ArticleRepository articles;

	@Test
	void everyRouteWhenHostileRequestsThenNoServerErrorNoStackTraceAndSecurityHeaders() {
		List<String> routes = routes();
		assertThat(routes).as("routes found").hasSizeGreaterThan(25).contains("/", "/search", "/sitemap.xml");
		SoftAssertions softly = new SoftAssertions();
		int sent = 0;
		for (String route : routes) {
			for (RawRequest request : hostile(route)) {
				RawRequest.Response response = request.send(this.port);
				sent++;
				softly.assertThat(response.status()).as("status of %s", request).isBetween(200, 499);
				softly.assertThat(response.body())
					.as("body of %s", request)
					.doesNotContain("Exception", "\tat ", "Whitelabel", "HTTP Status", "Apache Tomcat");
				for (String header : SECURITY_HEADERS) {
					softly.assertThat(response.headers())
						.as("%s of %s (%d)", header, request, response.status())
						.containsKey(header);
				}
			}
		}
		softly.assertAll();
		assertThat(sent).isGreaterThan(1000);
	}

	private static List<RawRequest> hostile(String route) {
		List<RawRequest> requests = new ArrayList<>();
		RawRequest get = new RawRequest("GET", route, Map.of());
		METHODS.forEach((method) -> requests.add(new RawRequest(method, route, Map.of())));
		SUFFIXES.forEach((suffix) -> requests.add(new RawRequest("GET", route + suffix, Map.of())));
		HEADERS.forEach((name, value) -> requests.add(get.withHeader(name.replaceAll("#.*", ""), value)));
		return requests;
	}

	/**
	 * Header name (with a tag after {@code #} where one header is tried twice) to value.
	 */
	private static Map<String, String> headers() {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Accept#any", "*/*");
		headers.put("Accept#json", "application/json");
		headers.put("Accept#none", "text/html;q=0, */*;q=0");
		headers.put("Accept#image", "image/png");
		headers.put("Accept#broken", "garbage/;;;q=x, ,;");
		headers.put("Accept#params", "text/*;q=abc;level=" + "9".repeat(400));
		headers.put("Range#ok", "bytes=0-10");
		headers.put("Range#backwards", "bytes=10-0");
		headers.put("Range#empty", "bytes=-");
		headers.put("Range#past", "bytes=99999999-");
		headers.put("Range#unit", "chars=1-2");
		headers.put("Range#many", "bytes=" + "0-1,".repeat(500) + "2-3");
		headers.put("Host#evil", "evil.example");
		headers.put("Host#empty", "");
		headers.put("Host#space", "a b");
		headers.put("Host#port", "localhost:99999");
		headers.put("Host#bracket", "[::1");
		headers.put("Host#nul", "%00");
		headers.put("Host#long", "h".repeat(2000) + ".example");
		headers.put("Host#missing", null);
		headers.put("Accept-Encoding#odd", "gzip;q=abc, br;q=-1, *;q=0");
		headers.put("If-None-Match#odd", "\"" + "x".repeat(200) + ", W/, *");
		headers.put("X-Forwarded-Host#evil", "evil.example");
		return headers;
	}

	/** Every mapped pattern, each variable filled with a value the content really has. */
	private List<String> routes() {
		Set<String> routes = new LinkedHashSet<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			for (String pattern : info.getPatternValues()) {
				routes.add(filled(pattern));
			}
		}
		return new ArrayList<>(routes);
	}

	private String filled(String pattern) {
		Matcher variable = VARIABLE.matcher(pattern);
		StringBuilder route = new StringBuilder();
		while (variable.find()) {
			variable.appendReplacement(route, Matcher.quoteReplacement(sample(pattern, variable.group(1))));
		}
		variable.appendTail(route);
		return route.toString();
	}

	private String sample(String pattern, String variable) {
		if (pattern.contains("/claims/")) {
			return this.claims.findAllInReadingOrder().get(0).getId();
		}
		if (pattern.contains("/citations/")) {
			return this.citations.findAll(Sort.by("key")).get(0).getKey();
		}
		if (pattern.contains("/sources/")) {
			return this.claims.findAssertingSources().get(0).getKey();
		}
		if (pattern.contains("/topics/")) {
			return this.topics.findAll(Sort.by("slug")).get(0).getSlug();
		}
		if (pattern.contains("/forms/")) {
			return this.forms.findAll(Sort.by("slug")).get(0).getSlug();
		}
		if (pattern.contains("/articles/")) {
			return this.articles.findAll(Sort.by("slug")).get(0).getSlug();
		}
		if (pattern.contains("/outcomes/")) {
			return Outcome.values()[0].getSlug();
		}
		throw new IllegalStateException("No sample value for {" + variable + "} in " + pattern
				+ "; add where its values come from to this test");
	}

}
