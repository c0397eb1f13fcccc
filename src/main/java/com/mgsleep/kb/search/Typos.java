package com.mgsleep.kb.search;

/**
 * Which words may be misspellings, and how far from a real word: one rule for the search,
 * which looks such words up typo-tolerantly, and for "did you mean", which corrects them.
 */
final class Typos {

	/**
	 * How many unknown words of a query are looked up typo-tolerantly, and corrected:
	 * each costs an edit-distance automaton per field, and a reader's query rarely
	 * misspells more.
	 */
	static final int MAX_WORDS = 4;

	/** Shorter words are too often a different word one edit away ("RLS", "UL"). */
	static final int MIN_LENGTH = 4;

	/** Longer than the longest words here ("supplementation", "polysomnography"). */
	static final int MAX_LENGTH = 24;

	/** Words this long are looked up two edits away, shorter ones one edit away. */
	static final int TWO_EDITS_FROM = 8;

	private Typos() {
	}

	/**
	 * Whether a word may be a misspelling. Short words and anything with a digit (an
	 * amount such as "400mg" is one edit from another amount) are matched exactly; so are
	 * words longer than any the knowledge base uses, whose edit-distance automaton would
	 * cost more than the rest of the search.
	 */
	static boolean possible(String word) {
		return word.length() >= MIN_LENGTH && word.length() <= MAX_LENGTH && word.chars().anyMatch(Character::isLetter)
				&& word.chars().noneMatch(Character::isDigit);
	}

	/** How many edits away a misspelling of the word is looked for. */
	static int edits(String word) {
		return (word.length() >= TWO_EDITS_FROM) ? 2 : 1;
	}

}
