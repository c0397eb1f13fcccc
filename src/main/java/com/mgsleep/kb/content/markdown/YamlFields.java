package com.mgsleep.kb.content.markdown;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads typed fields from a YAML map, reporting each mistake with its line.
 */
final class YamlFields {

	private final YamlValue map;

	private final String file;

	private final Problems problems;

	private YamlFields(YamlValue map, String file, Problems problems) {
		this.map = map;
		this.file = file;
		this.problems = problems;
	}

	/**
	 * Wraps a map and reports keys outside {@code allowed}.
	 * @return the fields, or {@code null} when the value is not a map
	 */
	static YamlFields of(YamlValue value, String what, String file, Set<String> allowed, Problems problems) {
		if (value == null || !value.isMap()) {
			int line = (value != null) ? value.line() : 1;
			problems.add(file, line, what + " must be a YAML map of `key: value` lines");
			return null;
		}
		for (String key : value.map().keySet()) {
			if (!allowed.contains(key)) {
				problems.add(file, value.keyLines().get(key),
						"unknown key `" + key + "` in " + what + Suggestions.hint(key, allowed) + " (allowed: "
								+ String.join(", ", allowed.stream().sorted().toList()) + ")");
			}
		}
		return new YamlFields(value, file, problems);
	}

	int line() {
		return this.map.line();
	}

	String file() {
		return this.file;
	}

	int line(String key) {
		return this.map.keyLines().getOrDefault(key, this.map.line());
	}

	YamlValue raw(String key) {
		return this.map.map().get(key);
	}

	String required(String key) {
		String value = optional(key);
		if (value == null || value.isBlank()) {
			this.problems.add(this.file, line(key), "missing required key `" + key + "`");
			return "";
		}
		return value;
	}

	String optional(String key) {
		YamlValue value = raw(key);
		if (value == null) {
			return null;
		}
		if (!value.isScalar()) {
			this.problems.add(this.file, value.line(), "`" + key + "` must be a single value, not a list or map");
			return null;
		}
		String text = value.scalar().strip();
		RawHtml.reject(text, new SourceLine(this.file, value.line()), this.problems);
		return text;
	}

	/** A list written as a YAML list or as one comma-separated string. */
	List<String> list(String key) {
		YamlValue value = raw(key);
		if (value == null) {
			return List.of();
		}
		if (value.isScalar()) {
			RawHtml.reject(value.scalar(), new SourceLine(this.file, value.line()), this.problems);
			return Arrays.stream(value.scalar().split(",")).map(String::strip).filter((s) -> !s.isEmpty()).toList();
		}
		if (value.isList() && value.list().stream().allMatch(YamlValue::isScalar)) {
			value.list()
				.forEach(
						(item) -> RawHtml.reject(item.scalar(), new SourceLine(this.file, item.line()), this.problems));
			return value.list().stream().map((item) -> item.scalar().strip()).toList();
		}
		this.problems.add(this.file, value.line(), "`" + key + "` must be a list of plain values");
		return List.of();
	}

	Integer integer(String key) {
		String value = optional(key);
		if (value == null) {
			return null;
		}
		try {
			return Integer.valueOf(value.replace(",", ""));
		}
		catch (NumberFormatException ex) {
			this.problems.add(this.file, line(key), "`" + key + "` must be a whole number, not `" + value + "`");
			return null;
		}
	}

	Boolean bool(String key) {
		String value = optional(key);
		if (value == null) {
			return null;
		}
		if (!value.equals("true") && !value.equals("false")) {
			this.problems.add(this.file, line(key), "`" + key + "` must be `true` or `false`, not `" + value + "`");
			return null;
		}
		return Boolean.valueOf(value);
	}

	String oneOf(String key, List<String> allowed, boolean required) {
		String value = required ? required(key) : optional(key);
		if (value != null && !value.isEmpty() && !allowed.contains(value)) {
			this.problems.add(this.file, line(key), Suggestions.oneOf(key, value, allowed));
		}
		return value;
	}

	Map<String, YamlValue> entries() {
		return this.map.map();
	}

	/** A required date like 2026-11-23, or {@code null} when missing or not a date. */
	LocalDate date(String key) {
		String value = required(key);
		if (value.isEmpty()) {
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(value);
			// A day's grace: an editor a time zone ahead of the server may already be on
			// tomorrow.
			if (date.isAfter(LocalDate.now().plusDays(1))) {
				this.problems.add(this.file, line(key),
						"`" + key + "` " + value + " is in the future; give the date the page was last reviewed");
			}
			return date;
		}
		catch (DateTimeParseException ex) {
			this.problems.add(this.file, line(key),
					"`" + key + "` must be a date like 2026-11-23, not `" + value + "`");
			return null;
		}
	}

}
