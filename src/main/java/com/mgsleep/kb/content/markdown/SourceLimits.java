package com.mgsleep.kb.content.markdown;

import java.util.List;
import java.util.Locale;

/**
 * The longest line and the deepest nesting a content file may have.
 */
final class SourceLimits {

	static final int MAX_LINE_LENGTH = 10_000;

	/** Quotes and lists nested deeper than this are refused. */
	static final int MAX_NESTING = 16;

	private SourceLimits() {
	}

	/**
	 * Lines past these limits are no prose a reader needs, and they can drive a Markdown
	 * parser into deep recursion: the file is reported and not parsed further.
	 */
	static boolean withinLimits(String path, List<String> lines, Problems problems) {
		boolean within = true;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (line.length() > MAX_LINE_LENGTH) {
				problems.add(path, i + 1,
						String.format(Locale.ROOT,
								"line is %,d characters long, more than the %,d"
										+ " allowed; break it into shorter lines or paragraphs",
								line.length(), MAX_LINE_LENGTH));
				within = false;
			}
			else {
				int depth = nestingDepth(line);
				if (depth > MAX_NESTING) {
					problems.add(path, i + 1, "line nests " + depth + " quotes or list items inside each other, more"
							+ " than the " + MAX_NESTING + " allowed; flatten the list or quote");
					within = false;
				}
			}
		}
		return within;
	}

	/**
	 * How many block markers ({@code >}, {@code -}, {@code *}, {@code +}) open a line.
	 */
	static int nestingDepth(String line) {
		int depth = 0;
		int i = 0;
		while (i < line.length()) {
			char c = line.charAt(i);
			if (c == ' ' || c == '\t') {
				i++;
			}
			else if ((c == '>' || c == '-' || c == '*' || c == '+')
					&& (i + 1 == line.length() || line.charAt(i + 1) == ' ' || c == '>')) {
				depth++;
				i++;
			}
			else {
				break;
			}
		}
		return depth;
	}

}
