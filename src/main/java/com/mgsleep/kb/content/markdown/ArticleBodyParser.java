package com.mgsleep.kb.content.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an article body into prose and callout blocks, and reads each block.
 */
final class ArticleBodyParser {

	private static final Pattern MARKER = Pattern.compile(">\\s?\\[!([A-Za-z-]+)\\]([+-]?)(.*)");

	private static final Pattern STRAY_FIELD = Pattern
		.compile("-\\s*(topics|forms|verdict|supports|contradicts|asserted-by|mis-cited-by|related|claims)\\s*:.*");

	private final ProseScanner prose;

	ArticleBodyParser(ProseScanner prose) {
		this.prose = prose;
	}

	/**
	 * The pieces of an article body.
	 *
	 * @param segments the body in reading order
	 * @param claims the claim blocks
	 * @param tables the dosage tables
	 * @param disagreements the disagreement blocks
	 * @param references citations and links in the prose
	 */
	record Body(List<ArticleSegment> segments, List<ParsedClaim> claims, List<List<ParsedDosage>> tables,
			List<ParsedDisagreement> disagreements, ProseReferences references) {
	}

	Body parse(SourceFile file, Problems problems) {
		Accumulator body = new Accumulator(file.path(), problems);
		List<String> lines = file.bodyLines();
		int first = file.bodyFirstLine();
		List<String> proseLines = new ArrayList<>();
		int proseStart = first;
		boolean inFence = false;
		int i = 0;
		while (i < lines.size()) {
			String line = lines.get(i);
			if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) {
				inFence = !inFence;
			}
			Matcher marker = inFence ? null : MARKER.matcher(line.strip());
			if (marker == null || !marker.matches()) {
				if (proseLines.isEmpty()) {
					proseStart = first + i;
				}
				proseLines.add(line);
				i++;
				continue;
			}
			body.prose(proseLines, proseStart);
			proseLines = new ArrayList<>();
			int end = i + 1;
			List<String> blockLines = new ArrayList<>();
			while (end < lines.size() && lines.get(end).strip().startsWith(">")) {
				String inner = lines.get(end).strip().substring(1);
				blockLines.add(inner.startsWith(" ") ? inner.substring(1) : inner);
				end++;
			}
			CalloutBlock block = new CalloutBlock(marker.group(1).toLowerCase(Locale.ROOT), marker.group(3).strip(),
					file.at(first + i), blockLines, first + i + 1);
			checkClosed(block, lines, end, first, problems);
			body.block(block);
			i = end;
		}
		body.prose(proseLines, proseStart);
		return body.finish();
	}

	/**
	 * A block ends at the first line without {@code >}; fields left outside are a typo.
	 */
	private static void checkClosed(CalloutBlock block, List<String> lines, int end, int first, Problems problems) {
		if (!block.type().equals("claim") && !block.type().equals("disagreement")) {
			return;
		}
		int next = end;
		while (next < lines.size() && lines.get(next).isBlank()) {
			next++;
		}
		if (next < lines.size() && ((next == end && !lines.get(next).strip().startsWith("#"))
				|| STRAY_FIELD.matcher(lines.get(next).strip()).matches())) {
			problems.add(new SourceLine(block.at().file(), first + next), block.type() + " block `" + block.header()
					+ "` opened at line " + block.at().line() + " is not closed properly: this line belongs to it but"
					+ " does not start with `>`; prefix every line of the block with `>`, or leave a blank line after it");
		}
	}

	/** Collects the pieces while the body is read. */
	private final class Accumulator {

		private final String file;

		private final Problems problems;

		private final List<ArticleSegment> segments = new ArrayList<>();

		private final List<ParsedClaim> claims = new ArrayList<>();

		private final List<List<ParsedDosage>> tables = new ArrayList<>();

		private final List<ParsedDisagreement> disagreements = new ArrayList<>();

		private final List<CitationUse> citations = new ArrayList<>();

		private final List<LinkUse> links = new ArrayList<>();

		Accumulator(String file, Problems problems) {
			this.file = file;
			this.problems = problems;
		}

		void prose(List<String> lines, int firstLine) {
			if (lines.stream().allMatch(String::isBlank)) {
				return;
			}
			scan(lines, firstLine);
			this.segments.add(new ArticleSegment.Prose(String.join("\n", lines), firstLine));
		}

		private void scan(List<String> lines, int firstLine) {
			ProseReferences found = ArticleBodyParser.this.prose.scan(this.file, lines, firstLine, this.problems);
			this.citations.addAll(found.citations());
			this.links.addAll(found.links());
		}

		void block(CalloutBlock block) {
			switch (block.type()) {
				case "claim" -> {
					ParsedClaim claim = ClaimBlockParser.parse(block, this.problems);
					this.claims.add(claim);
					this.segments.add(new ArticleSegment.ClaimBlock(claim.id()));
				}
				case "dosages" -> {
					this.tables.add(DosageTableParser.parse(block, this.problems));
					this.segments.add(new ArticleSegment.DosageTable(this.tables.size() - 1));
				}
				case "disagreement" -> {
					ParsedDisagreement disagreement = ClaimBlockParser.disagreement(block, this.problems);
					this.disagreements.add(disagreement);
					this.segments.add(new ArticleSegment.DisagreementBlock(disagreement.id()));
				}
				default -> alert(block);
			}
		}

		private void alert(CalloutBlock block) {
			if (!Vocabulary.ALERTS.contains(block.type())) {
				this.problems.add(block.at(), Suggestions.oneOf("block type", block.type(),
						List.of("claim", "dosages", "disagreement", "note", "tip", "important", "warning", "caution")));
				return;
			}
			List<String> text = new ArrayList<>();
			if (!block.header().isEmpty()) {
				text.add(block.header());
			}
			text.addAll(block.lines());
			scan(text, block.header().isEmpty() ? block.firstLine() : block.at().line());
			this.segments.add(new ArticleSegment.Alert(block.type(), String.join("\n", text), block.at().line()));
		}

		Body finish() {
			return new Body(List.copyOf(this.segments), List.copyOf(this.claims), List.copyOf(this.tables),
					List.copyOf(this.disagreements),
					new ProseReferences(List.copyOf(this.citations), List.copyOf(this.links)));
		}

	}

}
