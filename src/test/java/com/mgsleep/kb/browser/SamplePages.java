package com.mgsleep.kb.browser;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.mgsleep.kb.SiteClient;

/**
 * One real page of each kind the site serves, picked from the JSON API so that the
 * browser tests follow the content: the richest topic, claim, reference and source.
 */
public final class SamplePages {

	/**
	 * Every kind of page, as a path pattern; {@link #path} turns one into a real path.
	 */
	public static Stream<String> kinds() {
		return Stream.of("/", "/topics", "/topics/{slug}", "/claims", "/claims/{id}", "/citations", "/citations/{key}",
				"/sources", "/sources/{key}", "/forms", "/forms/{slug}", "/dosages", "/articles", "/articles/{slug}",
				"/disagreements", "/search", "/search?q=glycinate+dose", "/outcomes", "/outcomes/{slug}", "/evidence",
				"404");
	}

	private final SiteClient site;

	public SamplePages(SiteClient site) {
		this.site = site;
	}

	public String path(String kind) {
		return switch (kind) {
			case "/topics/{slug}" -> "/topics/" + mostOf("/api/topics", "claimCount").get("slug");
			case "/claims/{id}" -> "/claims/" + mostOf("/api/claims", "citations").get("id");
			case "/citations/{key}" -> "/citations/" + mostCited(false).get("key");
			case "/sources/{key}" -> "/sources/" + mostCited(true).get("key");
			case "/forms/{slug}" -> "/forms/" + this.site.getList("/api/forms").get(0).get("slug");
			case "/articles/{slug}" -> "/articles/" + this.site.getList("/api/articles").get(0).get("slug");
			case "/outcomes/{slug}" -> "/outcomes/" + mostStudied().get("slug");
			case "404" -> "/no-such-page";
			default -> kind;
		};
	}

	/** A file name for screenshots of this kind of page. */
	public static String name(String kind) {
		String name = kind.equals("/") ? "home" : kind.replaceAll("[/{}?=+]+", "-").replaceAll("^-|-$", "");
		return name.isEmpty() ? "home" : name;
	}

	private Map<String, Object> mostOf(String api, String field) {
		return this.site.getList(api)
			.stream()
			.max(Comparator.comparingInt((item) -> size(item.get(field))))
			.orElseThrow();
	}

	/** The outcome with the most studies: the longest evidence table. */
	private Map<String, Object> mostStudied() {
		return this.site.getList("/api/outcomes")
			.stream()
			.filter((outcome) -> outcome.get("summary") != null)
			.max(Comparator.comparingInt((outcome) -> size(((Map<?, ?>) outcome.get("summary")).get("studies"))))
			.orElseThrow();
	}

	private Map<String, Object> mostCited(boolean secondary) {
		return this.site.getList("/api/citations")
			.stream()
			.filter((citation) -> Boolean.valueOf(secondary).equals(citation.get("secondary")))
			.max(Comparator.comparingInt((citation) -> size(citation.get("claims"))))
			.orElseThrow();
	}

	private static int size(Object value) {
		return (value instanceof List<?> list) ? list.size() : ((Number) value).intValue();
	}

}
