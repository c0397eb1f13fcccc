package com.mgsleep.kb.content.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one markup rule for every content field, not only for prose: no raw HTML. Pages
 * escape field values anyway; refusing them keeps downloads and the API as clean as the
 * pages, and tells the editor at once.
 */
final class RawHtml {

	/** A tag or comment; "p<0.05" and "<1 g" are not. */
	private static final Pattern TAG = Pattern.compile("<(?:!--|/?[a-zA-Z][a-zA-Z0-9-]*(?:\\s[^>]*)?/?>)");

	private RawHtml() {
	}

	static void reject(String value, SourceLine at, Problems problems) {
		if (value == null) {
			return;
		}
		Matcher tag = TAG.matcher(value);
		if (tag.find()) {
			problems.add(at, "raw HTML is not allowed (`" + CitationSyntax.abbreviate(tag.group())
					+ "`); write plain text or Markdown instead");
		}
	}

}
