package com.mgsleep.kb.content.markdown;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the {@code > [!bottom-line]} block that opens a topic, a form or the home page.
 * Every sentence of it must link to a claim: the answer is only as good as the claims
 * behind it.
 */
final class BottomLineReader {

	static final String MARKER = "> [!bottom-line]";

	/** Where one sentence ends and the next begins. */
	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z(\"])");

	private static final String CLAIM_LINK = "](/claims/";

	private final ProseScanner prose;

	BottomLineReader(ProseScanner prose) {
		this.prose = prose;
	}

	/**
	 * A file's body split into its bottom line and the rest.
	 *
	 * @param bottomLine the bottom line, or {@code null} when the body does not open with
	 * one
	 * @param rest the body's other lines
	 * @param restFirstLine the 1-based line of {@code rest.get(0)}
	 */
	record Split(ParsedBottomLine bottomLine, List<String> rest, int restFirstLine) {
	}

	Split split(SourceFile file, String page, String heading, Problems problems) {
		List<String> lines = file.bodyLines();
		int first = 0;
		while (first < lines.size() && lines.get(first).isBlank()) {
			first++;
		}
		if (first == lines.size() || !lines.get(first).strip().equals(MARKER)) {
			return new Split(null, lines, file.bodyFirstLine());
		}
		int end = first + 1;
		while (end < lines.size() && lines.get(end).startsWith(">")) {
			end++;
		}
		int textLine = file.bodyFirstLine() + first + 1;
		List<String> text = lines.subList(first + 1, end).stream().map(BottomLineReader::unquote).toList();
		SourceLine at = file.at(file.bodyFirstLine() + first);
		if (text.stream().allMatch(String::isBlank)) {
			problems.add(at, "the bottom line is empty; write the answer on `> ` lines after the marker");
		}
		checkSentences(file.path(), text, textLine, problems);
		ProseReferences links = this.prose.scan(file.path(), text, textLine, problems);
		if (!links.citations().isEmpty()) {
			problems.add(links.citations().get(0).at(), "a bottom line links to the claims behind it, not to"
					+ " references; link the claim that cites the reference instead");
		}
		ParsedBottomLine bottomLine = new ParsedBottomLine(page, at, heading, String.join("\n", text), links);
		return new Split(bottomLine, lines.subList(end, lines.size()), file.bodyFirstLine() + end);
	}

	private static String unquote(String line) {
		String rest = line.substring(1);
		return rest.startsWith(" ") ? rest.substring(1) : rest;
	}

	/**
	 * Each paragraph and list item is split into sentences; a sentence without a link to
	 * a claim is reported at the line of its paragraph or item.
	 */
	private static void checkSentences(String file, List<String> text, int firstLine, Problems problems) {
		StringBuilder unit = new StringBuilder();
		int unitLine = firstLine;
		for (int i = 0; i <= text.size(); i++) {
			String line = (i < text.size()) ? text.get(i) : "";
			boolean item = line.strip().startsWith("- ") || line.strip().startsWith("* ");
			if (line.isBlank() || item) {
				checkUnit(file, unit.toString(), unitLine, problems);
				unit.setLength(0);
				unitLine = firstLine + i;
			}
			if (!line.isBlank()) {
				if (unit.isEmpty()) {
					unitLine = firstLine + i;
				}
				unit.append(unit.isEmpty() ? "" : " ").append(item ? line.strip().substring(2) : line.strip());
			}
		}
	}

	private static void checkUnit(String file, String unit, int line, Problems problems) {
		if (unit.isBlank()) {
			return;
		}
		for (String sentence : SENTENCE_END.split(unit)) {
			if (!sentence.contains(CLAIM_LINK)) {
				problems.add(file, line, "every sentence of a bottom line links to a claim; `"
						+ CitationSyntax.abbreviate(sentence) + "` links to none (add `[words](/claims/<id>)`)");
			}
		}
	}

}
