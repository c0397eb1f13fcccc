package com.mgsleep.kb.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter.StemmerOverrideMap;

/**
 * Words the stemmer leaves whole. The forms' names are chemistry, not English: Porter's
 * rules cut "glycinate" (the supplement) and "glycine" (the amino acid in it) to the same
 * stem, and a reader asking about one does not mean the other.
 */
final class KeptWords {

	private KeptWords() {
	}

	/** The words of every form's name and slug, such as "glycinate" and "threonate". */
	static Set<String> ofForms(List<SearchDocument> documents) {
		Analyzer words = SearchAnalyzers.chain(null, null);
		Set<String> kept = new TreeSet<>();
		documents.stream()
			.filter((document) -> document.type() == ResultType.FORM)
			.forEach((form) -> kept
				.addAll(SearchAnalyzers.tokens(words, form.title() + " " + form.id().replace('-', ' '))));
		return kept;
	}

	/** The stemmer's exceptions: each word, and its plurals read as the word. */
	static StemmerOverrideMap map(Collection<String> words) {
		StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
		for (String word : words) {
			// a plural still finds the singular: "glycinates" is "glycinate"
			for (String written : List.of(word, word + "s", word + "es")) {
				builder.add(written, word);
			}
		}
		try {
			return builder.build();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
