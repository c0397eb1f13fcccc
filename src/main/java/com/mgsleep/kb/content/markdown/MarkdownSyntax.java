package com.mgsleep.kb.content.markdown;

import java.util.List;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;

/**
 * The Markdown dialect of the knowledge base: CommonMark plus tables, autolinks and
 * strikethrough. One parser is built and reused, as flexmark recommends.
 */
public final class MarkdownSyntax {

	private final MutableDataSet options;

	private final Parser parser;

	public MarkdownSyntax() {
		this.options = new MutableDataSet();
		this.options.set(Parser.EXTENSIONS,
				List.of(TablesExtension.create(), AutolinkExtension.create(), StrikethroughExtension.create()));
		this.parser = Parser.builder(this.options).build();
	}

	public Document parse(String markdown) {
		return this.parser.parse(markdown);
	}

	/** The options, so a renderer can use the same extensions. */
	public MutableDataSet options() {
		return this.options;
	}

}
