package com.mgsleep.kb.content.markdown;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * Finds the value an editor most likely meant when a name is misspelt.
 */
final class Suggestions {

	private Suggestions() {
	}

	/**
	 * The closest candidate within a small edit distance.
	 * @param input what was written
	 * @param candidates the valid values
	 * @return the best guess, if any is close enough
	 */
	static Optional<String> closest(String input, Collection<String> candidates) {
		int limit = Math.max(2, input.length() / 4);
		return candidates.stream()
			.filter((candidate) -> distance(input, candidate) <= limit)
			.min(Comparator.comparingInt((String candidate) -> distance(input, candidate))
				.thenComparing(Comparator.naturalOrder()));
	}

	/** " ; did you mean `x`?" or an empty string. */
	static String hint(String input, Collection<String> candidates) {
		return closest(input, candidates).map((guess) -> "; did you mean `" + guess + "`?").orElse("");
	}

	static String unknown(String what, String input, Collection<String> candidates) {
		return "unknown " + what + " `" + input + "`" + hint(input, candidates);
	}

	static String oneOf(String what, String input, Collection<String> allowed) {
		return "unknown " + what + " `" + input + "`" + hint(input, allowed) + " (allowed: "
				+ String.join(", ", allowed) + ")";
	}

	/** Levenshtein distance, bounded in cost by the short strings it is used on. */
	static int distance(String a, String b) {
		if (Math.abs(a.length() - b.length()) > 10) {
			return Integer.MAX_VALUE;
		}
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + ((a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

}
