package com.mgsleep.kb.content.markdown;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dated {@code changes} an editor records: in front matter a YAML list of
 * {@code - 2026-12-01: what changed}, in a claim block one field,
 * {@code - changes: 2026-12-01: what changed; 2026-11-23: first published}. Newest first,
 * whatever the written order.
 */
final class ChangeList {

	private static final Pattern ENTRY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\s*:\\s*(.*)", Pattern.DOTALL);

	/** A semicolon that a date follows: one inside a note is part of the note. */
	private static final Pattern BETWEEN_ENTRIES = Pattern.compile(";(?=\\s*\\d{4}-\\d{2}-\\d{2}\\s*:)");

	private static final Comparator<ParsedChange> NEWEST_FIRST = Comparator.comparing(ParsedChange::date).reversed();

	private ChangeList() {
	}

	/** The changes of a claim block's {@code changes} field, or none without one. */
	static List<ParsedChange> fromField(String value, SourceLine at, Problems problems) {
		if (value == null) {
			return List.of();
		}
		List<ParsedChange> changes = new ArrayList<>();
		for (String part : BETWEEN_ENTRIES.split(value.strip())) {
			Matcher entry = ENTRY.matcher(part.strip());
			if (entry.matches()) {
				add(entry.group(1), entry.group(2), at, changes, problems);
			}
			else {
				problems.add(at, "cannot read the change `" + CitationSyntax.abbreviate(part.strip()) + "`; write"
						+ " `- changes: 2026-12-01: what changed; 2026-11-23: what changed before`");
			}
		}
		return sorted(changes);
	}

	/** The changes of a front matter's {@code changes} list, or none without one. */
	static List<ParsedChange> fromYaml(YamlValue value, String file, Problems problems) {
		if (value == null) {
			return List.of();
		}
		List<ParsedChange> changes = new ArrayList<>();
		if (!(value.value() instanceof List<?> items)) {
			problems.add(file, value.line(), "`changes` must be a list of `- 2026-12-01: what changed` lines");
			return List.of();
		}
		for (Object item : items) {
			YamlValue change = (YamlValue) item;
			if (change.value() instanceof Map<?, ?> map && map.size() == 1) {
				Map.Entry<?, ?> only = map.entrySet().iterator().next();
				Object note = ((YamlValue) only.getValue()).value();
				add(String.valueOf(only.getKey()), (note instanceof String text) ? text : "",
						new SourceLine(file, change.line()), changes, problems);
			}
			else {
				problems.add(file, change.line(), "write each change as `- 2026-12-01: what changed`");
			}
		}
		return sorted(changes);
	}

	private static void add(String date, String note, SourceLine at, List<ParsedChange> changes, Problems problems) {
		try {
			LocalDate day = LocalDate.parse(date);
			if (day.isAfter(LocalDate.now().plusDays(1))) {
				problems.add(at, "change dated " + date + " is in the future; give the day it was made");
			}
			else if (note.isBlank()) {
				problems.add(at, "change dated " + date + " does not say what changed");
			}
			else {
				changes.add(new ParsedChange(day, note.strip()));
			}
		}
		catch (DateTimeParseException ex) {
			problems.add(at, "`" + date + "` is not a date; write changes as 2026-12-01: what changed");
		}
	}

	private static List<ParsedChange> sorted(List<ParsedChange> changes) {
		return changes.stream().sorted(NEWEST_FIRST).toList();
	}

}
