package com.mgsleep.kb.content;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.mgsleep.kb.article.Article;
import com.mgsleep.kb.citation.CitationFormatter;
import com.mgsleep.kb.claim.ClaimOrder;
import com.mgsleep.kb.content.ArticleRendering.ArticleWithClaims;
import com.mgsleep.kb.content.markdown.ParsedArticle;
import com.mgsleep.kb.content.markdown.ParsedDisagreement;
import com.mgsleep.kb.content.markdown.ParsedDosage;
import com.mgsleep.kb.content.markdown.ParsedForm;
import com.mgsleep.kb.content.markdown.ParsedKnowledgeBase;
import com.mgsleep.kb.content.markdown.ParsedReference;
import com.mgsleep.kb.content.markdown.ParsedTopic;
import com.mgsleep.kb.dosage.Dosage;
import com.mgsleep.kb.search.SearchSources;
import com.mgsleep.kb.search.SynonymGroup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a validated knowledge base into the database, rendering all Markdown to HTML and
 * grading every claim on the way: a reload replaces the served one in one transaction, a
 * start fills its empty tables in several.
 */
@Service
public class KnowledgeBaseImporter {

	private final EntityManager entityManager;

	private final EntityManagerFactory entityManagerFactory;

	private final KnowledgeBaseProperties properties;

	private final ApplicationEventPublisher events;

	public KnowledgeBaseImporter(EntityManager entityManager, EntityManagerFactory entityManagerFactory,
			KnowledgeBaseProperties properties, ApplicationEventPublisher events) {
		this.entityManager = entityManager;
		this.entityManagerFactory = entityManagerFactory;
		this.properties = properties;
		this.events = events;
	}

	/**
	 * Imports a knowledge base that passed validation, in the caller's transaction or one
	 * of its own.
	 * @param kb the parsed knowledge base
	 * @return how many of each entity were written
	 */
	@Transactional
	public ImportSummary importKnowledgeBase(ParsedKnowledgeBase kb) {
		BuiltKnowledgeBase built = build(kb, this.properties.contentDir());
		StatelessWriter.writeInTransaction(this.entityManager, built.entities(), built.relating(), built.synonyms());
		return written(built);
	}

	/**
	 * Writes entities built by {@link #build} into the empty tables of a start, in
	 * transactions of a few thousand entities each.
	 * @param built the entities of one knowledge base
	 * @return how many of each entity were written
	 */
	ImportSummary writeAtStart(BuiltKnowledgeBase built) {
		StatelessWriter.writeCommitting(this.entityManagerFactory, built.entities(), built.relating(),
				built.synonyms());
		return written(built);
	}

	private ImportSummary written(BuiltKnowledgeBase kb) {
		ImportedEntities built = kb.entities();
		// the search index is built from what is in memory now, not read back
		this.events
			.publishEvent(new SearchSources(List.copyOf(built.topics.values()), List.copyOf(built.forms.values()),
					List.copyOf(built.citations.values()), List.copyOf(built.articles.values()),
					built.claims.values().stream().sorted(ClaimOrder.reading()).toList(),
					built.dosages.stream()
						.sorted(Comparator.comparing((Dosage dosage) -> dosage.getArticle().getSlug())
							.thenComparingInt(Dosage::getTableIndex))
						.toList(),
					kb.synonyms().stream().map(SynonymGroup::getTerms).toList()));
		return built.summary();
	}

	/**
	 * Builds the entities of a knowledge base: renders its Markdown, formats its
	 * citations and grades its claims. Needs neither the database nor Spring, so a start
	 * runs it while the ORM is still starting.
	 * @param kb the parsed knowledge base
	 * @param contentDir the folder it came from, whose history the pages show
	 * @return the entities, ready to write
	 */
	static BuiltKnowledgeBase build(ParsedKnowledgeBase kb, Path contentDir) {
		ArticleRendering rendering = new ArticleRendering();
		ImportedEntities built = new ImportedEntities(new ClaimAssessor(kb));
		for (ParsedReference reference : kb.references()) {
			built.citations.put(reference.key(), EntityMapping.citation(reference));
		}
		new CitationFormatter().formatAll(List.copyOf(built.citations.values()));
		OutcomeImport.addAll(kb, built);
		for (ParsedTopic topic : kb.topics()) {
			built.topics.put(topic.slug(), rendering.topic(topic, built));
		}
		for (ParsedForm form : kb.forms()) {
			built.forms.put(form.slug(), rendering.form(form, built));
		}
		// rendering Markdown and grading claims are most of the work, and every article
		// is independent: build them on every core
		Map<String, ArticleWithClaims> articles;
		try (ContentHistory history = ContentHistory.of(contentDir)) {
			articles = kb.articles()
				.parallelStream()
				.collect(Collectors.toConcurrentMap(ParsedArticle::slug,
						(parsed) -> rendering.article(parsed, built, history)));
		}
		for (ParsedArticle parsed : kb.articles()) {
			addArticle(parsed, articles.get(parsed.slug()), built);
		}
		ClaimOrder.rankAll(built.claims.values());
		DoseChecks.warnAll(built.dosages);
		kb.bottomLines().forEach((bottomLine) -> built.bottomLines.add(rendering.bottomLine(bottomLine, built)));
		for (ParsedArticle parsed : kb.articles()) {
			for (ParsedDisagreement disagreement : parsed.disagreements()) {
				built.disagreements
					.add(EntityMapping.disagreement(disagreement, built.articles.get(parsed.slug()), built));
			}
		}
		return new BuiltKnowledgeBase(built, kb.claims().filter((parsed) -> !parsed.related().isEmpty()).toList(),
				kb.synonyms().stream().map((group) -> new SynonymGroup(group.terms())).toList());
	}

	/** Adds an article, its claims and its dosage tables, in reading order. */
	private static void addArticle(ParsedArticle parsed, ArticleWithClaims rendered, ImportedEntities built) {
		Article article = rendered.article();
		built.articles.put(parsed.slug(), article);
		rendered.claims().forEach((claim) -> built.claims.put(claim.getId(), claim));
		for (int table = 0; table < parsed.dosageTables().size(); table++) {
			for (ParsedDosage dosage : parsed.dosageTables().get(table)) {
				built.dosages.add(EntityMapping.dosage(dosage, article, table, built));
			}
		}
	}

}
