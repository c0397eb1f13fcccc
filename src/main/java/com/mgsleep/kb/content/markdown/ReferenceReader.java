package com.mgsleep.kb.content.markdown;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the CSL-YAML {@code references:} list of a bibliography file.
 */
final class ReferenceReader {

	private static final Set<String> KEYS = Set.of("id", "type", "title", "author", "issued", "container-title",
			"volume", "issue", "page", "DOI", "PMID", "PMCID", "URL", "publisher", "publisher-place", "accessed",
			"design", "status", "population", "dose", "duration", "participants", "form", "combination",
			"outcome-measure", "sells-supplements", "cited-by", "verification", "review-of", "includes",
			"rated-certainty", "elemental-dose", "results");

	private static final Set<String> AUTHOR_KEYS = Set.of("family", "given", "literal");

	/** Crossref's pattern for modern DOIs: no quotes, brackets or spaces. */
	private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/[-._;()/:A-Za-z0-9]+");

	private static final Pattern PMID = Pattern.compile("\\d{1,9}");

	private static final Pattern PMCID = Pattern.compile("PMC\\d+");

	private ReferenceReader() {
	}

	static List<ParsedReference> read(SourceFile file, YamlValue root, Problems problems) {
		YamlFields top = YamlFields.of(root, "the front matter", file.path(), Set.of("references"), problems);
		if (top == null) {
			return List.of();
		}
		YamlValue list = top.raw("references");
		if (list == null || !list.isList()) {
			problems.add(file.path(), top.line(),
					"a references file needs `references:` followed by a list of entries");
			return List.of();
		}
		List<ParsedReference> references = new ArrayList<>();
		for (YamlValue entry : list.list()) {
			YamlFields fields = YamlFields.of(entry, "a reference", file.path(), KEYS, problems);
			if (fields != null) {
				references.add(reference(fields, file, problems));
			}
		}
		return references;
	}

	private static ParsedReference reference(YamlFields f, SourceFile file, Problems problems) {
		String key = f.required("id");
		SourceLine at = file.at(f.line("id"));
		if (!key.isEmpty() && !Vocabulary.SLUG.matcher(key).matches()) {
			problems.add(at,
					"reference id `" + key + "` is not well-formed; use lowercase letters, digits and hyphens");
		}
		String doi = identifier(f, "DOI", DOI, "10.1234/abc", problems, file);
		String pmid = identifier(f, "PMID", PMID, "23853635", problems, file);
		String pmcid = identifier(f, "PMCID", PMCID, "PMC3703169", problems, file);
		String url = f.optional("URL");
		if (url != null && !url.startsWith("https://") && !url.startsWith("http://")) {
			problems.add(at.file(), f.line("URL"), "URL `" + url + "` must start with https:// or http://");
		}
		int[] issued = dateParts(f, "issued", file, problems);
		String elemental = f.optional("elemental-dose");
		double[] dose = (elemental != null) ? Amounts.amount(elemental, file.at(f.line("elemental-dose")), problems)
				: null;
		return new ParsedReference(key, at, f.required("type"), f.required("title"), authors(f, file, problems),
				issued[0] > 0 ? issued[0] : null, issued[1] > 0 ? issued[1] : null, issued[2] > 0 ? issued[2] : null,
				f.optional("container-title"), f.optional("volume"), f.optional("issue"), f.optional("page"), doi, pmid,
				pmcid, url, f.optional("publisher"), f.optional("publisher-place"), accessed(f, file, problems),
				f.oneOf("design", Vocabulary.DESIGNS, true), f.oneOf("status", Vocabulary.STATUSES, true),
				f.optional("population"), f.optional("dose"), f.optional("duration"), f.integer("participants"),
				f.optional("form"), Boolean.TRUE.equals(f.bool("combination")),
				f.oneOf("outcome-measure", Vocabulary.OUTCOME_MEASURES, false), f.bool("sells-supplements"),
				f.list("cited-by"), f.optional("verification"), f.oneOf("review-of", Vocabulary.REVIEW_BASES, false),
				f.list("includes"), f.oneOf("rated-certainty", Vocabulary.RATED_CERTAINTIES, false),
				(dose != null) ? dose[0] : null, (dose != null) ? dose[1] : null, ResultReader.read(f, file, problems));
	}

	private static String identifier(YamlFields f, String key, Pattern pattern, String example, Problems problems,
			SourceFile file) {
		String value = f.optional(key);
		if (value != null && !pattern.matcher(value).matches()) {
			problems.add(file.path(), f.line(key),
					key + " `" + value + "` is not well-formed; write it like `" + example + "`");
		}
		return value;
	}

	private static List<ParsedReference.Author> authors(YamlFields f, SourceFile file, Problems problems) {
		YamlValue value = f.raw("author");
		if (value == null) {
			return List.of();
		}
		if (!value.isList()) {
			problems.add(file.path(), value.line(), "`author` must be a list of `{family, given}` or `{literal}` maps");
			return List.of();
		}
		List<ParsedReference.Author> authors = new ArrayList<>();
		for (YamlValue item : value.list()) {
			YamlFields author = YamlFields.of(item, "an author", file.path(), AUTHOR_KEYS, problems);
			if (author != null) {
				if (author.optional("family") == null && author.optional("literal") == null) {
					problems.add(file.path(), item.line(), "an author needs `family` (and `given`) or `literal`");
				}
				authors.add(new ParsedReference.Author(author.optional("family"), author.optional("given"),
						author.optional("literal")));
			}
		}
		return List.copyOf(authors);
	}

	/**
	 * {@code accessed: {date-parts: [[2026, 1, 5]]}}: the day a web page was read, which
	 * reference managers print beside its URL, so it must be a whole date.
	 */
	private static LocalDate accessed(YamlFields f, SourceFile file, Problems problems) {
		int[] parts = dateParts(f, "accessed", file, problems);
		if (parts[0] == 0 && parts[1] == 0 && parts[2] == 0) {
			return null;
		}
		try {
			return LocalDate.of(parts[0], parts[1], parts[2]);
		}
		catch (DateTimeException ex) {
			problems.add(file.path(), f.line("accessed"),
					"`accessed` must be a whole date that exists, like `{date-parts: [[2026, 1, 5]]}`");
			return null;
		}
	}

	/**
	 * A CSL date such as {@code issued: {date-parts: [[2012, 12]]}} as year, month and
	 * day (0 when absent).
	 */
	private static int[] dateParts(YamlFields f, String key, SourceFile file, Problems problems) {
		int[] parts = new int[3];
		YamlValue value = f.raw(key);
		if (value == null) {
			return parts;
		}
		YamlFields date = YamlFields.of(value, "`" + key + "`", file.path(), Set.of("date-parts", "literal"), problems);
		YamlValue dateParts = (date != null) ? date.raw("date-parts") : null;
		if (dateParts == null) {
			return parts;
		}
		if (!dateParts.isList() || dateParts.list().isEmpty() || !dateParts.list().get(0).isList()) {
			problems.add(file.path(), dateParts.line(), "`date-parts` must look like `[[2012, 12, 1]]`");
			return parts;
		}
		List<YamlValue> numbers = dateParts.list().get(0).list();
		for (int i = 0; i < Math.min(3, numbers.size()); i++) {
			YamlValue number = numbers.get(i);
			try {
				parts[i] = Integer.parseInt(number.isScalar() ? number.scalar() : "x");
			}
			catch (NumberFormatException ex) {
				problems.add(file.path(), number.line(), "date part `" + number.value() + "` must be a number");
			}
		}
		return parts;
	}

}
