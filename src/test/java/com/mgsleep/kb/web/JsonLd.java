package com.mgsleep.kb.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON-LD of a rendered page, read as a search engine reads it: the one
 * {@code application/ld+json} script, parsed by a JSON parser.
 */
public final class JsonLd {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Object root;

	private JsonLd(Object root) {
		this.root = root;
	}

	/** The page's structured data; fails unless there is exactly one script of it. */
	public static JsonLd of(String html) {
		List<Element> scripts = Jsoup.parse(html).select("script[type=application/ld+json]");
		assertThat(scripts).as("JSON-LD scripts").hasSize(1);
		return new JsonLd(JSON.readValue(scripts.get(0).data(), Object.class));
	}

	/** The top object. */
	@SuppressWarnings("unchecked")
	public Map<String, Object> root() {
		assertThat(this.root).isInstanceOf(Map.class);
		return (Map<String, Object>) this.root;
	}

	/** Every object in the graph whose {@code @type} is or includes this type. */
	public List<Map<String, Object>> ofType(String type) {
		return objects(this.root).stream().filter((node) -> {
			Object types = node.get("@type");
			return type.equals(types) || (types instanceof List<?> list && list.contains(type));
		}).toList();
	}

	/** The one object of this type. */
	public Map<String, Object> one(String type) {
		List<Map<String, Object>> found = ofType(type);
		assertThat(found).as("objects of type %s", type).hasSize(1);
		return found.get(0);
	}

	/**
	 * Asserts that every address in the graph ({@code url}, {@code sameAs}, {@code @id})
	 * is absolute, and returns them.
	 */
	public List<String> absoluteUrls() {
		List<String> urls = new ArrayList<>();
		for (Map<String, Object> node : objects(this.root)) {
			for (String key : List.of("url", "sameAs", "@id")) {
				Object value = node.get(key);
				if (value instanceof String text) {
					urls.add(text);
				}
				else if (value instanceof List<?> list) {
					list.forEach((item) -> urls.add((String) item));
				}
			}
		}
		assertThat(urls).allSatisfy((url) -> {
			URI uri = URI.create(url);
			assertThat(uri.isAbsolute()).as("absolute: %s", url).isTrue();
			assertThat(uri.getScheme()).as(url).isIn("http", "https");
			assertThat(uri.getHost()).as(url).isNotBlank();
		});
		return urls;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> objects(Object node) {
		List<Map<String, Object>> found = new ArrayList<>();
		if (node instanceof Map<?, ?> map) {
			found.add((Map<String, Object>) map);
			map.values().forEach((value) -> found.addAll(objects(value)));
		}
		else if (node instanceof List<?> list) {
			list.forEach((value) -> found.addAll(objects(value)));
		}
		return found;
	}

}
