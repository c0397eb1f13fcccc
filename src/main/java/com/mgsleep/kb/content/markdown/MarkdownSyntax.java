package com.mgsleep.kb.content.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;

/**
 * The Markdown dialect of the knowledge base: CommonMark plus tables, autolinks and
 * strikethrough. Parsers are built once and reused, as flexmark recommends.
 *
 * <p>
 * The table and autolink extensions cost a third of a parse even when a text has no table
 * or bare address, which is most of the time; a text that cannot contain one is parsed
 * without them, with the same result.
 */
public final class MarkdownSyntax {

	private static final int TABLES = 1;

	private static final int AUTOLINKS = 2;

	private final MutableDataSet options;

	private final Parser[] parsers = new Parser[4];

	private final Parser core;

	public MarkdownSyntax() {
		for (int variant = 0; variant < this.parsers.length; variant++) {
			this.parsers[variant] = Parser.builder(options((variant & TABLES) != 0, (variant & AUTOLINKS) != 0))
				.build();
		}
		this.options = options(true, true);
		this.core = Parser.builder().build();
	}

	/**
	 * Parses Markdown in the full dialect.
	 * @param markdown the source
	 * @return the document
	 */
	public Document parse(String markdown) {
		int variant = (mayHoldTable(markdown) ? TABLES : 0) | (mayHoldBareLink(markdown) ? AUTOLINKS : 0);
		return this.parsers[variant].parse(markdown);
	}

	/**
	 * Parses Markdown as plain CommonMark, which finds every link, image and piece of raw
	 * HTML the full dialect would, at the same lines, but builds no tables or autolinks.
	 * @param markdown the source
	 * @return the document
	 */
	public Document parseLinksAndHtml(String markdown) {
		return this.core.parse(markdown);
	}

	/** The options, so a renderer can use the same extensions. */
	public MutableDataSet options() {
		return this.options;
	}

	/** A table needs a pipe in its delimiter row. */
	private static boolean mayHoldTable(String markdown) {
		return markdown.indexOf('|') >= 0;
	}

	/** What the autolink extension turns into links: web and mail addresses. */
	private static boolean mayHoldBareLink(String markdown) {
		String lower = markdown.toLowerCase(Locale.ROOT);
		return lower.contains("://") || lower.contains("www.") || lower.indexOf('@') >= 0;
	}

	private static MutableDataSet options(boolean tables, boolean autolinks) {
		List<Extension> extensions = new ArrayList<>();
		if (tables) {
			extensions.add(TablesExtension.create());
		}
		if (autolinks) {
			extensions.add(AutolinkExtension.create());
		}
		extensions.add(StrikethroughExtension.create());
		MutableDataSet options = new MutableDataSet();
		options.set(Parser.EXTENSIONS, extensions);
		return options;
	}

}
