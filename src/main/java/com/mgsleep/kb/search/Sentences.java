package com.mgsleep.kb.search;

import java.util.Locale;

/**
 * Turns the editors' short notes ("500 mg a day as oxide") into sentences, so that a
 * snippet made of them reads as text and the highlighter's sentence breaks fall between
 * them.
 */
final class Sentences {

	private Sentences() {
	}

	/**
	 * A fragment as a sentence: its first letter capitalized and a full stop added unless
	 * it ends in one.
	 * @param fragment the text, may be {@code null}
	 * @return the sentence, or an empty string for a blank fragment
	 */
	static String of(String fragment) {
		if (fragment == null || fragment.isBlank()) {
			return "";
		}
		String text = fragment.strip();
		text = text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
		char last = text.charAt(text.length() - 1);
		return (last == '.' || last == '!' || last == '?') ? text : text + ".";
	}

	/** A labelled fragment as a sentence: "Abbasi 2012: 500 mg a day as oxide." */
	static String labelled(String label, String fragment) {
		String sentence = of(fragment);
		return (label == null || label.isBlank() || sentence.isEmpty()) ? sentence
				: label.strip() + ": " + Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
	}

}
