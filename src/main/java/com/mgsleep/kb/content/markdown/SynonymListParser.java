package com.mgsleep.kb.content.markdown;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code synonyms.md}: every Markdown list item is one group of comma-separated
 * terms that search treats as equal; headings and prose around the list are for editors.
 */
final class SynonymListParser {

	static final String FILE = "synonyms.md";

	private static final Pattern ITEM = Pattern.compile("^\\s*[-*+]\\s+(.*)$");

	private static final Pattern TERM = Pattern.compile("[\\p{L}\\p{N}]+([ '\\-][\\p{L}\\p{N}]+)*");

	List<ParsedSynonymGroup> parse(SourceFile file, Problems problems) {
		if (file.frontMatter() != null) {
			problems.add(file.path(), 1, "`" + FILE + "` takes no front matter; remove the `---` block");
			return List.of();
		}
		List<ParsedSynonymGroup> groups = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		List<String> lines = file.bodyLines();
		for (int i = 0; i < lines.size(); i++) {
			Matcher item = ITEM.matcher(lines.get(i));
			int line = file.bodyFirstLine() + i;
			if (item.matches()) {
				ParsedSynonymGroup group = group(item.group(1), new SourceLine(file.path(), line), seen, problems);
				if (group != null) {
					groups.add(group);
				}
			}
		}
		return List.copyOf(groups);
	}

	private static ParsedSynonymGroup group(String item, SourceLine at, Map<String, Integer> seen, Problems problems) {
		Set<String> terms = new LinkedHashSet<>();
		for (String raw : item.split(",")) {
			String term = raw.strip().replaceAll("\\s+", " ");
			if (term.isEmpty()) {
				continue;
			}
			if (!TERM.matcher(term).matches()) {
				problems.add(at, "synonym `" + term + "` may hold only letters, digits, spaces, hyphens and"
						+ " apostrophes; separate terms with commas");
				return null;
			}
			String key = term.toLowerCase(Locale.ROOT);
			Integer earlier = seen.get(key);
			if (earlier != null && earlier != at.line()) {
				problems.add(at, "synonym `" + term + "` is already in the group on line " + earlier
						+ "; merge the two groups into one list item");
				return null;
			}
			seen.put(key, at.line());
			terms.add(term);
		}
		if (terms.size() < 2) {
			problems.add(at, "a synonym group needs at least two terms separated by commas, as in"
					+ " `insomnia, sleeplessness`; found " + Arrays.toString(terms.toArray()));
			return null;
		}
		return new ParsedSynonymGroup(at, List.copyOf(terms));
	}

}
