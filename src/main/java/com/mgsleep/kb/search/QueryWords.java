package com.mgsleep.kb.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The words a query searches for: question words dropped, multi-word synonyms kept
 * together, at most {@link #MAX_WORDS} of them.
 */
final class QueryWords {

	/** Bounds the work one query can cause, whatever its length. */
	static final int MAX_WORDS = 12;

	/**
	 * Words of a question that say nothing about what is asked ("does magnesium help me
	 * fall asleep").
	 */
	private static final Set<String> QUESTION_WORDS = Set.of("does", "do", "did", "can", "could", "should", "would",
			"i", "me", "my", "you", "your", "we", "our", "how", "what", "which", "why", "when", "who", "whom", "much",
			"many", "am", "has", "have", "had");

	private QueryWords() {
	}

	/**
	 * The words of a text, with a run of words that forms a multi-word synonym ("restless
	 * legs syndrome") kept together so that it matches as one unit.
	 */
	static List<List<String>> units(SearchAnalyzers analyzers, String text) {
		List<String> words = analyzers.words(text).stream().filter((word) -> !QUESTION_WORDS.contains(word)).toList();
		List<List<String>> units = new ArrayList<>();
		int i = 0;
		while (i < words.size() && units.size() < MAX_WORDS) {
			List<String> longest = List.of(words.get(i));
			for (List<String> term : analyzers.multiWordTerms()) {
				if (term.size() > longest.size() && i + term.size() <= words.size()
						&& words.subList(i, i + term.size()).equals(term)) {
					longest = term;
				}
			}
			units.add(longest);
			i += longest.size();
		}
		return units;
	}

}
