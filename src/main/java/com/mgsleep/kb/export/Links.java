package com.mgsleep.kb.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The addresses each kind of file points to, as written (relative or absolute), so that
 * the export finds everything by following links rather than from a list that could fall
 * behind the pages.
 */
final class Links {

	private static final Pattern SITEMAP_LOC = Pattern.compile("<loc>([^<]+)</loc>");

	private static final Pattern ROBOTS_SITEMAP = Pattern.compile("(?im)^sitemap:\\s*(\\S+)");

	private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)['\"]?\\s*\\)");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Links() {
	}

	/** The links in a file of the given answer, by its content type. */
	static List<String> in(Fetched file) {
		if (file.isHtml()) {
			return inHtml(file.text());
		}
		if (file.isJson()) {
			return inJson(file.text());
		}
		if (file.hasType("application/xml") || file.hasType("text/xml")) {
			// the sitemap escapes its addresses as XML text
			return matches(SITEMAP_LOC, file.text()).stream()
				.map((loc) -> Parser.unescapeEntities(loc, false))
				.toList();
		}
		if (file.hasType("text/plain")) {
			return matches(ROBOTS_SITEMAP, file.text());
		}
		if (file.hasType("text/css")) {
			return matches(CSS_URL, file.text());
		}
		return List.of();
	}

	/**
	 * Every {@code href} and {@code src}: links, stylesheets, scripts, icons, images. The
	 * entities are decoded, as a browser reads them.
	 */
	static List<String> inHtml(String html) {
		List<String> links = new ArrayList<>();
		for (Element element : Jsoup.parse(html).select("[href], [src]")) {
			links.add(element.hasAttr("href") ? element.attr("href") : element.attr("src"));
		}
		return links;
	}

	/**
	 * The site addresses the API documents name in their {@code url} fields; other fields
	 * hold prose and outside addresses.
	 */
	static List<String> inJson(String json) {
		List<String> links = new ArrayList<>();
		collectUrls(JSON.readTree(json), links);
		return links;
	}

	private static void collectUrls(JsonNode node, List<String> links) {
		if (node.isArray()) {
			node.forEach((item) -> collectUrls(item, links));
		}
		else if (node.isObject()) {
			for (Map.Entry<String, JsonNode> field : node.properties()) {
				if (field.getKey().equals("url") && field.getValue().isString()) {
					links.add(field.getValue().asString());
				}
				collectUrls(field.getValue(), links);
			}
		}
	}

	private static List<String> matches(Pattern pattern, String text) {
		List<String> links = new ArrayList<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			links.add(matcher.group(1).strip());
		}
		return links;
	}

}
