package com.mgsleep.kb.content.markdown;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a {@code [!dosages]} block: a Markdown table of amounts.
 */
final class DosageTableParser {

	private static final List<String> COLUMNS = List.of("population", "amount", "purpose", "form", "timing", "sources",
			"note");

	private static final List<String> REQUIRED = List.of("population", "amount", "purpose", "sources");

	private static final Pattern SEPARATOR_CELL = Pattern.compile(":?-+:?");

	private DosageTableParser() {
	}

	static List<ParsedDosage> parse(CalloutBlock block, Problems problems) {
		List<String[]> rows = new ArrayList<>();
		List<SourceLine> rowLines = new ArrayList<>();
		for (int i = 0; i < block.lines().size(); i++) {
			String line = block.lines().get(i).strip();
			if (line.isEmpty()) {
				continue;
			}
			if (!line.startsWith("|")) {
				problems.add(block.lineAt(i), "a dosages block holds only a table; move `"
						+ CitationSyntax.abbreviate(line) + "` out of the block or into the `note` column");
				continue;
			}
			RawHtml.reject(line, block.lineAt(i), problems);
			rows.add(cells(line));
			rowLines.add(block.lineAt(i));
		}
		if (rows.size() < 2) {
			problems.add(block.at(),
					"dosages block has no table; add a header row, a `|---|` row and one row per dosage");
			return List.of();
		}
		List<String> header = Arrays.stream(rows.get(0)).map((c) -> c.toLowerCase(Locale.ROOT)).toList();
		if (!checkHeader(header, rowLines.get(0), problems)) {
			return List.of();
		}
		if (!isSeparator(rows.get(1))) {
			problems.add(rowLines.get(1), "the row after the header must be the separator `|---|---|`, one `---` per"
					+ " column; without it the table is not a table");
			return List.of();
		}
		List<ParsedDosage> dosages = new ArrayList<>();
		for (int r = 2; r < rows.size(); r++) {
			String[] row = rows.get(r);
			if (row.length != header.size()) {
				problems.add(rowLines.get(r), "row has " + row.length + " cells but the header has " + header.size());
				continue;
			}
			ParsedDosage dosage = row(block.header(), header, row, rowLines.get(r), problems);
			if (dosage != null) {
				dosages.add(dosage);
			}
		}
		return List.copyOf(dosages);
	}

	private static boolean checkHeader(List<String> header, SourceLine at, Problems problems) {
		boolean valid = true;
		for (String column : header) {
			if (!COLUMNS.contains(column)) {
				problems.add(at, Suggestions.oneOf("column", column, COLUMNS));
				valid = false;
			}
		}
		for (String column : REQUIRED) {
			if (!header.contains(column)) {
				problems.add(at, "dosage table needs a `" + column + "` column");
				valid = false;
			}
		}
		return valid;
	}

	private static ParsedDosage row(String title, List<String> header, String[] row, SourceLine at, Problems problems) {
		String population = cell(header, row, "population");
		if (!Vocabulary.POPULATIONS.contains(population)) {
			problems.add(at, Suggestions.oneOf("population", population, Vocabulary.POPULATIONS));
		}
		String purpose = cell(header, row, "purpose");
		if (!Vocabulary.PURPOSES.contains(purpose)) {
			problems.add(at, Suggestions.oneOf("purpose", purpose, Vocabulary.PURPOSES));
		}
		double[] amount = Amounts.amount(cell(header, row, "amount"), at, problems);
		String timingText = cell(header, row, "timing");
		ParsedDosage.Timing timing = null;
		if (!timingText.isEmpty()) {
			int[] minutes = Amounts.timing(timingText, at, problems);
			timing = (minutes != null) ? new ParsedDosage.Timing(minutes[0], minutes[1], timingText) : null;
		}
		List<CitationUse> sources = CitationSyntax.list(cell(header, row, "sources"), at, problems);
		if (sources.isEmpty()) {
			problems.add(at, "dosage needs at least one source (`[@key]` in the `sources` column)");
		}
		String form = cell(header, row, "form");
		if (amount == null) {
			return null;
		}
		return new ParsedDosage(at, title, population, amount[0], amount[1], cell(header, row, "amount"), purpose,
				form.isEmpty() ? null : form, timing, sources, cell(header, row, "note"));
	}

	private static boolean isSeparator(String[] row) {
		return Arrays.stream(row).allMatch((cell) -> SEPARATOR_CELL.matcher(cell).matches());
	}

	private static String cell(List<String> header, String[] row, String column) {
		int index = header.indexOf(column);
		return (index >= 0) ? row[index] : "";
	}

	private static String[] cells(String line) {
		String inner = line.substring(1);
		if (inner.endsWith("|")) {
			inner = inner.substring(0, inner.length() - 1);
		}
		return Arrays.stream(inner.split("\\|", -1)).map(String::strip).toArray(String[]::new);
	}

}
