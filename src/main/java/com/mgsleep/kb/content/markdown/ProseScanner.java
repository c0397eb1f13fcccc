package com.mgsleep.kb.content.markdown;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Finds citations, site links and forbidden raw HTML in Markdown prose.
 */
final class ProseScanner {

	private final MarkdownSyntax markdown;

	ProseScanner(MarkdownSyntax markdown) {
		this.markdown = markdown;
	}

	/**
	 * Scans prose.
	 * @param file the file
	 * @param lines the prose lines
	 * @param firstLine the 1-based line of {@code lines.get(0)}
	 * @param problems where errors go
	 * @return the citations and site links
	 */
	ProseReferences scan(String file, List<String> lines, int firstLine, Problems problems) {
		List<CitationUse> citations = new ArrayList<>();
		boolean inFence = false;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) {
				inFence = !inFence;
				continue;
			}
			if (inFence) {
				continue;
			}
			Matcher group = CitationSyntax.PROSE_GROUP.matcher(line);
			while (group.find()) {
				citations.addAll(CitationSyntax.group(group.group(1), new SourceLine(file, firstLine + i), problems));
			}
		}
		List<LinkUse> links = new ArrayList<>();
		String text = String.join("\n", lines);
		LineIndex index = new LineIndex(text);
		Document document;
		try {
			document = this.markdown.parseLinksAndHtml(text);
		}
		catch (StackOverflowError ex) {
			problems.add(new SourceLine(file, firstLine + lineTooDeep(lines)),
					"this Markdown nests too deeply to read (long runs of `*`, `_`, `[` or list markers); simplify it");
			return new ProseReferences(List.copyOf(citations), List.of());
		}
		for (Node node : document.getDescendants()) {
			SourceLine at = new SourceLine(file, firstLine + index.lineOf(node.getStartOffset()));
			if (node instanceof HtmlBlock || node instanceof HtmlInline || node instanceof HtmlCommentBlock
					|| node instanceof HtmlInlineComment) {
				problems.add(at, "raw HTML is not allowed (`"
						+ CitationSyntax.abbreviate(node.getChars().toString().strip()) + "`); write Markdown instead");
			}
			else if (node instanceof Link link) {
				checkLink(link.getUrl().toString(), at, links, problems);
			}
			else if (node instanceof Image image) {
				checkLink(image.getUrl().toString(), at, links, problems);
			}
		}
		return new ProseReferences(List.copyOf(citations), List.copyOf(links));
	}

	/**
	 * Where each line of a text starts, so that a node's line is found by binary search:
	 * flexmark's own line numbers count from the top each time, which grows with the
	 * square of a file's size.
	 */
	static final class LineIndex {

		private final int[] starts;

		LineIndex(String text) {
			int[] found = new int[16];
			int count = 1;
			for (int i = 0; i < text.length(); i++) {
				if (text.charAt(i) == '\n') {
					if (count == found.length) {
						found = Arrays.copyOf(found, count * 2);
					}
					found[count++] = i + 1;
				}
			}
			this.starts = Arrays.copyOf(found, count);
		}

		/** The 0-based line holding {@code offset}. */
		int lineOf(int offset) {
			int at = Arrays.binarySearch(this.starts, offset);
			return (at >= 0) ? at : -at - 2;
		}

	}

	/**
	 * The first line that overflows the parser on its own, found only after the whole
	 * text did, so the editor is sent to the line to fix.
	 */
	private int lineTooDeep(List<String> lines) {
		for (int i = 0; i < lines.size(); i++) {
			try {
				this.markdown.parseLinksAndHtml(lines.get(i));
			}
			catch (StackOverflowError ex) {
				return i;
			}
		}
		return 0;
	}

	private static void checkLink(String url, SourceLine at, List<LinkUse> links, Problems problems) {
		String lower = url.toLowerCase(Locale.ROOT).strip();
		if (lower.startsWith("/")) {
			links.add(new LinkUse(url.strip(), at));
		}
		else if (!(lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("#")
				|| lower.startsWith("mailto:"))) {
			problems.add(at, "link `" + CitationSyntax.abbreviate(url)
					+ "` is neither a site path (`/claims/...`) nor an http(s) address");
		}
	}

}
