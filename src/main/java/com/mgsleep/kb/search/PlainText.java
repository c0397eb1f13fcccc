package com.mgsleep.kb.search;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of rendered, sanitized HTML: tags become spaces and character references
 * their characters, so the index sees what a reader reads. A heading or list item that
 * ends without punctuation is closed with a full stop, and spaces left by tags are
 * tidied, so that snippets cut at sentences read as sentences.
 */
final class PlainText {

	private static final Pattern TAG = Pattern.compile("<[^>]*>");

	private static final Pattern BLOCK_END = Pattern.compile("</(?:h[1-6]|li)>");

	/** Marks where a heading or list item ended; never in text. */
	private static final String END = "\u0001";

	private static final Pattern OPEN_END = Pattern.compile("([^.!?:;\\s\u0001])\\s*\u0001");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile(" ([.,;:!?)\\]])");

	private static final Pattern REFERENCE = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");

	private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'",
			"nbsp", "\u00a0");

	private PlainText() {
	}

	static String of(String html) {
		if (html == null) {
			return "";
		}
		String marked = BLOCK_END.matcher(html).replaceAll(END);
		String closed = OPEN_END.matcher(TAG.matcher(marked).replaceAll(" ")).replaceAll("$1.").replace(END, " ");
		Matcher reference = REFERENCE.matcher(closed);
		StringBuilder text = new StringBuilder();
		while (reference.find()) {
			reference.appendReplacement(text, Matcher.quoteReplacement(character(reference.group(1))));
		}
		reference.appendTail(text);
		String spaced = SPACES.matcher(text).replaceAll(" ").strip();
		return SPACE_BEFORE_PUNCTUATION.matcher(spaced).replaceAll("$1");
	}

	private static String character(String name) {
		if (name.startsWith("#")) {
			boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
			int code = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
			return Character.isValidCodePoint(code) ? Character.toString(code) : "";
		}
		return NAMED.getOrDefault(name, "&" + name + ";");
	}

}
