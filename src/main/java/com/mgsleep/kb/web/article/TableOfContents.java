package com.mgsleep.kb.web.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * The sections of a long article, read from the headings of its rendered prose.
 */
final class TableOfContents {

	/**
	 * Fewer sections than this are seen at a glance; a list of them would only push the
	 * text down.
	 */
	static final int MIN_ENTRIES = 3;

	/**
	 * The sanitizer writes every heading it keeps in this one shape, with the id the
	 * renderer gave it, so reading them back needs no HTML parser.
	 */
	private static final Pattern HEADING = Pattern.compile("<h2 id=\"([a-z0-9-]+)\">(.*?)</h2>", Pattern.DOTALL);

	private static final Pattern TAG = Pattern.compile("<[^>]+>");

	private TableOfContents() {
	}

	/**
	 * The entries for rendered prose, in reading order.
	 * @param htmls the article's prose, section by section
	 * @return its second-level headings, or nothing when there are too few to list
	 */
	static List<Entry> of(List<String> htmls) {
		List<Entry> entries = new ArrayList<>();
		for (String html : htmls) {
			Matcher heading = HEADING.matcher(html);
			while (heading.find()) {
				String text = HtmlUtils.htmlUnescape(TAG.matcher(heading.group(2)).replaceAll("")).strip();
				entries.add(new Entry(heading.group(1), text));
			}
		}
		return (entries.size() < MIN_ENTRIES) ? List.of() : List.copyOf(entries);
	}

	/**
	 * A section of the article.
	 *
	 * @param id the heading's id
	 * @param text the heading as plain text
	 */
	record Entry(String id, String text) {

		public String getHref() {
			return "#" + this.id;
		}

	}

}
