package com.mgsleep.kb.content.markdown;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shared shape of claim and disagreement blocks: free text, then a list of
 * {@code - key: value} items.
 *
 * @param text the text before the list, joined into one paragraph
 * @param fields the items by key, in written order
 * @param lines the line of each key
 */
record BlockFields(String text, Map<String, String> fields, Map<String, SourceLine> lines) {

	static BlockFields read(CalloutBlock block, List<String> allowed, Problems problems) {
		List<String> text = new ArrayList<>();
		Map<String, String> fields = new LinkedHashMap<>();
		Map<String, SourceLine> lines = new LinkedHashMap<>();
		String current = null;
		for (int i = 0; i < block.lines().size(); i++) {
			String line = block.lines().get(i).strip();
			SourceLine at = block.lineAt(i);
			RawHtml.reject(line, at, problems);
			if (line.startsWith("- ") || line.equals("-")) {
				current = readItem(line.substring(1).strip(), at, allowed, fields, lines, problems);
			}
			else if (line.isEmpty()) {
				continue;
			}
			else if (current != null) {
				fields.put(current, fields.get(current) + " " + line);
			}
			else if (fields.isEmpty() && lines.isEmpty()) {
				text.add(line);
			}
			else {
				problems.add(at, "text after the field list; put the text before the `- key: value` lines");
			}
		}
		return new BlockFields(String.join(" ", text), fields, lines);
	}

	private static String readItem(String item, SourceLine at, List<String> allowed, Map<String, String> fields,
			Map<String, SourceLine> lines, Problems problems) {
		int colon = item.indexOf(':');
		if (colon <= 0) {
			problems.add(at, "cannot read `- " + CitationSyntax.abbreviate(item) + "`; write `- key: value` (keys: "
					+ String.join(", ", allowed) + ")");
			lines.put("", at);
			return null;
		}
		String key = item.substring(0, colon).strip();
		if (!allowed.contains(key)) {
			problems.add(at,
					Suggestions.unknown("key", key, allowed) + " (allowed: " + String.join(", ", allowed) + ")");
			lines.put(key, at);
			return null;
		}
		if (fields.containsKey(key)) {
			problems.add(at, "key `" + key + "` appears twice; first at line " + lines.get(key).line()
					+ "; merge the two lines");
			return null;
		}
		fields.put(key, item.substring(colon + 1).strip());
		lines.put(key, at);
		return key;
	}

	String get(String key) {
		return this.fields.get(key);
	}

	SourceLine at(String key, SourceLine fallback) {
		return this.lines.getOrDefault(key, fallback);
	}

	List<String> slugs(String key) {
		String value = this.fields.get(key);
		if (value == null || value.isBlank()) {
			return List.of();
		}
		return Arrays.stream(value.split(",")).map(String::strip).filter((s) -> !s.isEmpty()).toList();
	}

}
