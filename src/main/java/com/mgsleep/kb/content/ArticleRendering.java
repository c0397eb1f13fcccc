package com.mgsleep.kb.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.mgsleep.kb.article.Article;
import com.mgsleep.kb.article.ArticleSection;
import com.mgsleep.kb.bottomline.BottomLine;
import com.mgsleep.kb.claim.Claim;
import com.mgsleep.kb.content.markdown.ArticleSegment;
import com.mgsleep.kb.content.markdown.ParsedArticle;
import com.mgsleep.kb.content.markdown.ParsedBottomLine;
import com.mgsleep.kb.content.markdown.ParsedClaim;
import com.mgsleep.kb.content.markdown.ParsedForm;
import com.mgsleep.kb.content.markdown.ParsedTopic;
import com.mgsleep.kb.form.MagnesiumForm;
import com.mgsleep.kb.history.HistoryEntry;
import com.mgsleep.kb.topic.Topic;
import com.mgsleep.kb.vocabulary.AlertKind;

/**
 * Renders the Markdown of articles, forms and topics to HTML at import: articles number
 * their references in order of first citation, forms and topics name them.
 */
final class ArticleRendering {

	private final MarkdownHtml markdown = new MarkdownHtml();

	Topic topic(ParsedTopic topic, ImportedEntities built) {
		return new Topic(topic.slug(), topic.name(), topic.description(), labelled(topic.markdown(), built));
	}

	MagnesiumForm form(ParsedForm form, ImportedEntities built) {
		return new MagnesiumForm(form.slug(), form.name(), form.aliases(), labelled(form.markdown(), built));
	}

	/** An article with its rendered sections and references, and its graded claims. */
	ArticleWithClaims article(ParsedArticle parsed, ImportedEntities built, ContentHistory history) {
		Article article = new Article(parsed.slug(), parsed.title(), parsed.summary(), parsed.lastReviewed());
		// the editors' notes and the file's revisions, newest first, a note before a
		// revision of its day
		article.addHistory(Stream
			.concat(parsed.changes().stream().map((change) -> HistoryEntry.noted(change.date(), change.note())),
					history.revisions(parsed.at().file()).stream())
			.sorted(Comparator.comparing(HistoryEntry::date).reversed())
			.toList());
		parsed.topics().forEach((slug) -> article.addTopic(built.topics.get(slug)));
		citationNumbers(parsed).keySet().forEach((key) -> article.addReference(built.citations.get(key)));
		sections(parsed).forEach(article::addSection);
		List<Claim> claims = new ArrayList<>();
		for (ParsedClaim claim : parsed.claims()) {
			claims.add(EntityMapping.claim(claim, article, claims.size(), built));
		}
		return new ArticleWithClaims(article, claims);
	}

	/** The article's sections in reading order, prose rendered to HTML. */
	private List<ArticleSection> sections(ParsedArticle parsed) {
		Map<String, Integer> numbers = citationNumbers(parsed);
		List<String> markdowns = new ArrayList<>();
		for (ArticleSegment segment : parsed.segments()) {
			if (segment instanceof ArticleSegment.Prose prose) {
				markdowns.add(prose.markdown());
			}
			else if (segment instanceof ArticleSegment.Alert alert) {
				markdowns.add(alert.markdown());
			}
		}
		Iterator<String> html = this.markdown.renderAll(markdowns, (use) -> "[" + numbers.get(use.key()) + "]")
			.iterator();
		Map<String, Integer> occurrences = new HashMap<>();
		List<ArticleSection> sections = new ArrayList<>();
		for (ArticleSegment segment : parsed.segments()) {
			sections.add(section(segment, () -> MarkdownHtml.anchorCitations(html.next(), occurrences)));
		}
		return sections;
	}

	/** Reference numbers in order of first citation. */
	private static Map<String, Integer> citationNumbers(ParsedArticle parsed) {
		Map<String, Integer> numbers = new LinkedHashMap<>();
		parsed.body().citations().forEach((use) -> numbers.putIfAbsent(use.key(), numbers.size() + 1));
		return numbers;
	}

	/**
	 * The section for a segment.
	 * @param segment the segment
	 * @param html the next rendered text, for prose and alerts
	 */
	private static ArticleSection section(ArticleSegment segment, Supplier<String> html) {
		if (segment instanceof ArticleSegment.Prose) {
			return ArticleSection.prose(html.get());
		}
		if (segment instanceof ArticleSegment.Alert alert) {
			return ArticleSection.alert(AlertKind.fromSlug(alert.kind()), html.get());
		}
		if (segment instanceof ArticleSegment.ClaimBlock claim) {
			return ArticleSection.claim(claim.claimId());
		}
		if (segment instanceof ArticleSegment.DosageTable table) {
			return ArticleSection.dosages(table.tableIndex());
		}
		return ArticleSection.disagreement(((ArticleSegment.DisagreementBlock) segment).disagreementId());
	}

	/** A bottom line holds site links only, so nothing needs labelling. */
	BottomLine bottomLine(ParsedBottomLine bottomLine, ImportedEntities built) {
		return new BottomLine(bottomLine.page(), bottomLine.heading(), labelled(bottomLine.markdown(), built));
	}

	private String labelled(String markdown, ImportedEntities built) {
		return this.markdown.render(markdown, (use) -> built.citations.get(use.key()).getLabel());
	}

	/**
	 * An article and the claims written in it.
	 *
	 * @param article the article
	 * @param claims its claims in reading order
	 */
	record ArticleWithClaims(Article article, List<Claim> claims) {
	}

}
