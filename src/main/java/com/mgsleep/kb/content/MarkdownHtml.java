package com.mgsleep.kb.content;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.mgsleep.kb.content.markdown.CitationSyntax;
import com.mgsleep.kb.content.markdown.CitationUse;
import com.mgsleep.kb.content.markdown.MarkdownSyntax;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Renders content Markdown to sanitized HTML, once, at import: citations become links to
 * citation pages, links to other sites are marked as external, and tables scroll sideways
 * on their own on a narrow screen instead of widening the page.
 */
public class MarkdownHtml {

	private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "em", "strong", "del",
				"code", "pre", "hr", "br", "table", "thead", "tbody", "tr", "th", "td", "a", "sup", "sub")
		.allowUrlProtocols("https", "http", "mailto")
		.allowAttributes("href", "title")
		.onElements("a")
		.allowAttributes("class")
		.matching(true, "cite-ref", "external")
		.onElements("a")
		.allowAttributes("rel")
		.matching(true, "nofollow noopener noreferrer")
		.onElements("a")
		.allowAttributes("id")
		.matching(Pattern.compile("[a-z0-9-]+"))
		.onElements("h2", "h3", "h4")
		.allowAttributes("align")
		.matching(true, "left", "right", "center")
		.onElements("th", "td")
		.toFactory();

	/**
	 * Holds a table that may be wider than a phone; focusable so that keyboard users can
	 * scroll it too.
	 */
	private static final String TABLE_SCROLL = "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Table\">";

	private static final Pattern MARKDOWN_SPECIAL = Pattern.compile("([\\[\\]\\\\*_`])");

	private static final Pattern CITE_MARKER = Pattern
		.compile("<a href=\"/citations/([a-z0-9-]+)\" class=\"cite-ref\"");

	/**
	 * Marks the links this renderer makes from {@code [@key]}, so editors' own links stay
	 * plain.
	 */
	static final String CITATION_TITLE = "citation-marker";

	/**
	 * Stands between two texts rendered together: an HTML comment block in the Markdown,
	 * copied as is into the HTML, where nothing from the texts can look like it because
	 * their own markup is escaped.
	 */
	static final String TEXT_BREAK = "<!--text-break-->";

	private final MarkdownSyntax syntax = new MarkdownSyntax();

	private final HtmlRenderer renderer;

	public MarkdownHtml() {
		MutableDataSet options = new MutableDataSet(this.syntax.options());
		options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
		options.set(HtmlRenderer.RENDER_HEADER_ID, true);
		options.set(HtmlRenderer.ESCAPE_HTML, true);
		this.renderer = HtmlRenderer.builder(options)
			.attributeProviderFactory(new MarkdownHtmlExtensions.LinkAttributes())
			.nodeRendererFactory((rendererOptions) -> new MarkdownHtmlExtensions.TextBreaks())
			.build();
	}

	/**
	 * Renders Markdown.
	 * @param markdown the source
	 * @param citationText the link text for a citation, such as {@code [1]}
	 * @return sanitized HTML
	 */
	public String render(String markdown, Function<CitationUse, String> citationText) {
		return finished(this.renderer.render(this.syntax.parse(linkCitations(markdown, citationText))));
	}

	/**
	 * Renders the texts of one page, such as an article's paragraphs between its claims.
	 * Each text renders on its own, as {@link #render} would render it, except that
	 * heading ids are unique across the page; building a parser and a renderer is most of
	 * the cost of a short text, so they are built once for all of them.
	 * @param markdowns the sources
	 * @param citationText the link text for a citation, such as {@code [1]}
	 * @return sanitized HTML for each source, in order
	 */
	public List<String> renderAll(List<String> markdowns, Function<CitationUse, String> citationText) {
		String joined = markdowns.stream()
			.map((markdown) -> linkCitations(markdown, citationText))
			.collect(Collectors.joining("\n\n" + TEXT_BREAK + "\n\n"));
		String[] texts = this.renderer.render(this.syntax.parse(joined)).split(Pattern.quote(TEXT_BREAK), -1);
		if (texts.length != markdowns.size()) {
			// a text left a block open, such as a code fence, and swallowed a break
			return markdowns.stream().map((markdown) -> render(markdown, citationText)).toList();
		}
		return Arrays.stream(texts)
			.map(String::strip)
			.map((html) -> html.isEmpty() ? html : finished(html + "\n"))
			.toList();
	}

	/** Citations become links to citation pages, marked so that they can be styled. */
	private static String linkCitations(String markdown, Function<CitationUse, String> citationText) {
		Matcher group = CitationSyntax.PROSE_GROUP.matcher(markdown);
		StringBuilder linked = new StringBuilder();
		while (group.find()) {
			StringBuilder links = new StringBuilder();
			for (CitationUse use : CitationSyntax.group(group.group(1), null, null)) {
				links.append('[')
					.append(escape(citationText.apply(use)))
					.append("](/citations/")
					.append(use.key())
					.append(" \"" + CITATION_TITLE + "\")");
			}
			group.appendReplacement(linked, Matcher.quoteReplacement(links.toString()));
		}
		group.appendTail(linked);
		return linked.toString();
	}

	private static String finished(String html) {
		return POLICY.sanitize(html).replace("<table>", TABLE_SCROLL + "<table>").replace("</table>", "</table></div>");
	}

	/**
	 * Gives every citation marker an id ({@code cite-KEY-N}, N counting a key's markers
	 * in the article) so the reference list can link back to where each work is cited.
	 * @param html rendered, sanitized HTML
	 * @param occurrences markers seen so far in the article, by key; updated
	 * @return the HTML with ids
	 */
	public static String anchorCitations(String html, Map<String, Integer> occurrences) {
		Matcher marker = CITE_MARKER.matcher(html);
		StringBuilder anchored = new StringBuilder();
		while (marker.find()) {
			String key = marker.group(1);
			int occurrence = occurrences.merge(key, 1, Integer::sum);
			marker.appendReplacement(anchored,
					Matcher.quoteReplacement(marker.group() + " id=\"cite-" + key + "-" + occurrence + "\""));
		}
		marker.appendTail(anchored);
		return anchored.toString();
	}

	private static String escape(String text) {
		return MARKDOWN_SPECIAL.matcher(text).replaceAll("\\\\$1");
	}

}
