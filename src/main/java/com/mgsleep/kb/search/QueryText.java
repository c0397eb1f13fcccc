package com.mgsleep.kb.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a reader typed, split into the phrases in double quotes and the other words, with
 * query syntax read as punctuation.
 *
 * @param phrases the texts in double quotes
 * @param words everything else
 */
record QueryText(List<String> phrases, String words) {

	private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

	/**
	 * What readers paste from other search engines: markup, field prefixes
	 * ({@code title:}), boosts and fuzziness ({@code ^2}, {@code ~1}) and boolean
	 * operators. All are dropped; the words around them are searched.
	 */
	private static final Pattern SYNTAX = Pattern
		.compile("<[^>]*>|\\b[A-Za-z_]+:|[~^][0-9]*(\\.[0-9]+)?|\\b(AND|OR|NOT)\\b|&&|\\|\\|");

	static QueryText of(String typed) {
		String text = SYNTAX.matcher(typed).replaceAll(" ");
		List<String> phrases = new ArrayList<>();
		StringBuilder rest = new StringBuilder();
		Matcher quoted = QUOTED.matcher(text);
		int last = 0;
		while (quoted.find()) {
			rest.append(text, last, quoted.start()).append(' ');
			phrases.add(quoted.group(1));
			last = quoted.end();
		}
		rest.append(text.substring(last));
		return new QueryText(List.copyOf(phrases), rest.toString().replace('"', ' '));
	}

}
