package com.mgsleep.kb.content.markdown;

import java.util.ArrayList;
import java.util.List;
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
		Document document = this.markdown.parseLinksAndHtml(String.join("\n", lines));
		for (Node node : document.getDescendants()) {
			SourceLine at = new SourceLine(file, firstLine + node.getStartLineNumber());
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

	private static void checkLink(String url, SourceLine at, List<LinkUse> links, Problems problems) {
		String lower = url.toLowerCase(java.util.Locale.ROOT).strip();
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
