package com.mgsleep.kb.content.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pandoc-style citations: {@code [@key]}, {@code [@a; @b, p. 3]} in prose, and
 * {@code [@key: note]} lists in claim blocks and dosage tables.
 */
public final class CitationSyntax {

	/** A bracketed group that starts with {@code @}: one or more citations in prose. */
	public static final Pattern PROSE_GROUP = Pattern.compile("\\[(@[^\\[\\]\\n]*)\\]");

	private static final Pattern ITEM = Pattern.compile("@([^\\s,;:\\]]+)\\s*[,:]?\\s*(.*)", Pattern.DOTALL);

	private static final Pattern LIST_ITEM = Pattern.compile("\\[@([^\\s,;:\\]\\[]+)\\s*(?::\\s*([^\\]\\[]*))?\\]");

	private CitationSyntax() {
	}

	/**
	 * Splits the inside of a prose group, such as {@code @a; @b, p. 3}, into citations.
	 * @param inside the text between the brackets
	 * @param at where the group is
	 * @param problems where errors go
	 * @return the citations; a note is the locator after the key
	 */
	public static List<CitationUse> group(String inside, SourceLine at, Problems problems) {
		List<CitationUse> uses = new ArrayList<>();
		for (String part : inside.split(";")) {
			Matcher item = ITEM.matcher(part.strip());
			if (item.matches()) {
				String note = item.group(2).strip();
				uses.add(new CitationUse(item.group(1), note.isEmpty() ? null : note, at));
			}
			else if (problems != null) {
				problems.add(at, "cannot read citation `" + part.strip() + "`; write `[@key]` or `[@a; @b]`");
			}
		}
		return uses;
	}

	/**
	 * Reads a comma-separated list such as {@code [@a], [@b: a note]}.
	 * @param text the list
	 * @param at where it was written
	 * @param problems where errors go
	 * @return the citations
	 */
	static List<CitationUse> list(String text, SourceLine at, Problems problems) {
		List<CitationUse> uses = new ArrayList<>();
		Matcher matcher = LIST_ITEM.matcher(text);
		int end = 0;
		while (matcher.find()) {
			checkGap(text.substring(end, matcher.start()), at, problems);
			String note = (matcher.group(2) != null) ? matcher.group(2).strip() : "";
			uses.add(new CitationUse(matcher.group(1), note.isEmpty() ? null : note, at));
			end = matcher.end();
		}
		checkGap(text.substring(end), at, problems);
		return uses;
	}

	private static void checkGap(String gap, SourceLine at, Problems problems) {
		String rest = gap.replace(",", "").strip();
		if (!rest.isEmpty()) {
			problems.add(at, "unexpected text `" + abbreviate(rest)
					+ "` in a citation list; write citations as `[@key]` or `[@key: note]`, separated by commas");
		}
	}

	static String abbreviate(String text) {
		return (text.length() > 40) ? text.substring(0, 40) + "..." : text;
	}

}
