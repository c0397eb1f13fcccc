package com.mgsleep.kb.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;

/**
 * Sentence boundaries of a text, found in one pass and then looked up by binary search.
 * The highlighter asks for the boundary before and after every match; the JDK's
 * rule-based sentence iterator answers each of those by scanning the text again, which
 * made it most of a search's time. A sentence ends at {@code .}, {@code !} or {@code ?}
 * (and any closing quote or bracket) followed by white space and a capital letter, a
 * digit or an opening quote or bracket, or at a blank line: "e.g. the" and "2.5 mg" are
 * not breaks.
 */
final class SentenceBreaks extends BreakIterator {

	private String text = "";

	private int[] boundaries = { 0 };

	private int current;

	@Override
	public void setText(String newText) {
		this.text = newText;
		this.boundaries = boundariesOf(newText);
		this.current = 0;
	}

	@Override
	public void setText(CharacterIterator newText) {
		StringBuilder copy = new StringBuilder(newText.getEndIndex() - newText.getBeginIndex());
		for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
			copy.append(c);
		}
		setText(copy.toString());
	}

	@Override
	public CharacterIterator getText() {
		return new StringCharacterIterator(this.text);
	}

	@Override
	public int first() {
		this.current = 0;
		return current();
	}

	@Override
	public int last() {
		this.current = this.boundaries.length - 1;
		return current();
	}

	@Override
	public int next(int n) {
		int target = this.current + n;
		if (target < 0 || target >= this.boundaries.length) {
			this.current = (target < 0) ? 0 : this.boundaries.length - 1;
			return DONE;
		}
		this.current = target;
		return current();
	}

	@Override
	public int next() {
		return next(1);
	}

	@Override
	public int previous() {
		return next(-1);
	}

	@Override
	public int following(int offset) {
		int index = Arrays.binarySearch(this.boundaries, offset);
		index = (index >= 0) ? index + 1 : -index - 1;
		if (index >= this.boundaries.length) {
			this.current = this.boundaries.length - 1;
			return DONE;
		}
		this.current = index;
		return current();
	}

	@Override
	public int preceding(int offset) {
		int index = Arrays.binarySearch(this.boundaries, offset);
		index = (index >= 0) ? index - 1 : -index - 2;
		if (index < 0) {
			this.current = 0;
			return DONE;
		}
		this.current = index;
		return current();
	}

	@Override
	public int current() {
		return this.boundaries[this.current];
	}

	/** Every boundary of the text, from 0 to its length, ascending. */
	static int[] boundariesOf(String text) {
		int[] found = new int[16];
		int count = 0;
		found[count++] = 0;
		int length = text.length();
		int i = 0;
		while (i < length) {
			char c = text.charAt(i);
			int end = -1;
			if (c == '.' || c == '!' || c == '?') {
				end = endOfSentence(text, i);
			}
			else if (c == '\n') {
				end = endOfParagraph(text, i);
			}
			if (end > 0 && end < length) {
				if (count == found.length) {
					found = Arrays.copyOf(found, count * 2);
				}
				found[count++] = end;
				i = end;
			}
			else {
				i++;
			}
		}
		if (found[count - 1] != length) {
			found = (count == found.length) ? Arrays.copyOf(found, count + 1) : found;
			found[count++] = length;
		}
		return Arrays.copyOf(found, count);
	}

	/**
	 * Where the next sentence starts, when the punctuation at {@code at} ends one: after
	 * the white space that follows it, as the JDK's iterator places it.
	 */
	private static int endOfSentence(String text, int at) {
		int i = at + 1;
		while (i < text.length() && isClosing(text.charAt(i))) {
			i++;
		}
		int spaceStart = i;
		while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
			i++;
		}
		if (i == spaceStart || i >= text.length()) {
			return (i >= text.length() && i > spaceStart) ? text.length() : -1;
		}
		char next = text.charAt(i);
		return (Character.isUpperCase(next) || Character.isDigit(next) || isOpening(next)) ? i : -1;
	}

	/** After a blank line and the white space around it. */
	private static int endOfParagraph(String text, int at) {
		int i = at + 1;
		boolean blankLine = false;
		while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
			blankLine |= text.charAt(i) == '\n';
			i++;
		}
		return blankLine ? i : -1;
	}

	private static boolean isClosing(char c) {
		return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201D' || c == '\u2019';
	}

	private static boolean isOpening(char c) {
		return c == '"' || c == '(' || c == '[' || c == '\u201C' || c == '\u2018';
	}

}
