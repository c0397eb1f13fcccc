package com.mgsleep.kb.content;

import java.util.Locale;
import java.util.Set;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;

/**
 * The renderer extensions {@link MarkdownHtml} builds on: text breaks between texts
 * rendered together, and marks on citation links and links that leave the site.
 */
final class MarkdownHtmlExtensions {

	private MarkdownHtmlExtensions() {
	}

	/** Copies text breaks into the HTML; other comments are escaped like all raw HTML. */
	static final class TextBreaks implements NodeRenderer {

		@Override
		public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
			return Set.of(new NodeRenderingHandler<>(HtmlCommentBlock.class, (comment, context, html) -> {
				if (comment.getChars().toString().strip().equals(MarkdownHtml.TEXT_BREAK)) {
					html.raw(MarkdownHtml.TEXT_BREAK);
				}
				else {
					context.delegateRender();
				}
			}));
		}

	}

	/** A bare {@code www.} address is an autolink to another site too. */
	private static boolean leavesSite(String url) {
		return url.startsWith("http") || url.startsWith("www.");
	}

	/** Marks citation links and links that leave the site. */
	static final class LinkAttributes extends IndependentAttributeProviderFactory {

		@Override
		public AttributeProvider apply(LinkResolverContext context) {
			return LinkAttributes::mark;
		}

		private static void mark(Node node, AttributablePart part, MutableAttributes attributes) {
			String url = (node instanceof Link link) ? link.getUrl().toString()
					: (node instanceof AutoLink auto) ? auto.getUrl().toString() : null;
			if (url == null) {
				return;
			}
			if (node instanceof Link link && MarkdownHtml.CITATION_TITLE.equals(link.getTitle().toString())) {
				attributes.remove("title");
				attributes.addValue("class", "cite-ref");
			}
			else if (leavesSite(url.toLowerCase(Locale.ROOT))) {
				attributes.addValue("class", "external");
				attributes.addValue("rel", "nofollow noopener noreferrer");
			}
		}

	}

}
