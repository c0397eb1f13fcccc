package com.mgsleep.kb.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.mgsleep.kb.article.Article;
import com.mgsleep.kb.article.ArticleSection;
import com.mgsleep.kb.citation.Author;
import com.mgsleep.kb.citation.Citation;
import com.mgsleep.kb.citation.CitationFormatter;
import com.mgsleep.kb.citation.StudyDesign;
import com.mgsleep.kb.citation.VerificationStatus;
import com.mgsleep.kb.claim.CitationRole;
import com.mgsleep.kb.claim.Claim;
import com.mgsleep.kb.claim.Verdict;
import com.mgsleep.kb.content.markdown.ArticleSegment;
import com.mgsleep.kb.content.markdown.CitationUse;
import com.mgsleep.kb.content.markdown.ParsedArticle;
import com.mgsleep.kb.content.markdown.ParsedClaim;
import com.mgsleep.kb.content.markdown.ParsedDisagreement;
import com.mgsleep.kb.content.markdown.ParsedDosage;
import com.mgsleep.kb.content.markdown.ParsedForm;
import com.mgsleep.kb.content.markdown.ParsedKnowledgeBase;
import com.mgsleep.kb.content.markdown.ParsedReference;
import com.mgsleep.kb.content.markdown.ParsedTopic;
import com.mgsleep.kb.disagreement.Disagreement;
import com.mgsleep.kb.dosage.Dosage;
import com.mgsleep.kb.dosage.DosagePurpose;
import com.mgsleep.kb.dosage.DosageWarning;
import com.mgsleep.kb.dosage.Population;
import com.mgsleep.kb.evidence.DoseChecker;
import com.mgsleep.kb.evidence.DoseStatement;
import com.mgsleep.kb.evidence.Study;
import com.mgsleep.kb.form.MagnesiumForm;
import com.mgsleep.kb.search.SynonymGroup;
import com.mgsleep.kb.topic.Topic;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.hibernate.StatelessSession;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a validated knowledge base into the database in one transaction, rendering all
 * Markdown to HTML on the way.
 */
@Service
public class KnowledgeBaseImporter {

	private final EntityManager entityManager;

	private final MarkdownHtml markdown = new MarkdownHtml();

	private final CitationFormatter citationFormatter = new CitationFormatter();

	public KnowledgeBaseImporter(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * Imports a knowledge base that passed validation.
	 * @param kb the parsed knowledge base
	 * @return how many of each entity were written
	 */
	@Transactional
	public ImportSummary importKnowledgeBase(ParsedKnowledgeBase kb) {
		Lookup lookup = new Lookup(new ClaimAssessor(kb));
		kb.references().forEach((reference) -> lookup.citations.put(reference.key(), citation(reference)));
		this.citationFormatter.formatAll(List.copyOf(lookup.citations.values()));
		kb.topics()
			.forEach((topic) -> lookup.topics.put(topic.slug(),
					new Topic(topic.slug(), topic.name(), topic.description(), labelled(topic.markdown(), lookup))));
		kb.forms().forEach((form) -> lookup.forms.put(form.slug(), form(form, lookup)));
		// rendering Markdown and grading claims are most of the work, and every article
		// is independent: build them on every core
		Map<String, ArticleWithClaims> built = kb.articles()
			.parallelStream()
			.collect(Collectors.toConcurrentMap(ParsedArticle::slug, (parsed) -> article(parsed, lookup)));
		for (ParsedArticle parsed : kb.articles()) {
			Article article = built.get(parsed.slug()).article();
			lookup.articles.put(parsed.slug(), article);
			built.get(parsed.slug()).claims().forEach((claim) -> lookup.claims.put(claim.getId(), claim));
			for (int table = 0; table < parsed.dosageTables().size(); table++) {
				for (ParsedDosage dosage : parsed.dosageTables().get(table)) {
					lookup.dosages.add(dosage(dosage, article, table, lookup));
				}
			}
		}
		checkDoses(lookup.dosages);
		for (ParsedArticle parsed : kb.articles()) {
			for (ParsedDisagreement disagreement : parsed.disagreements()) {
				Disagreement entity = new Disagreement(disagreement.id(), disagreement.question(),
						lookup.articles.get(parsed.slug()));
				disagreement.claimIds().forEach((id) -> entity.addPosition(lookup.claims.get(id)));
				lookup.disagreements.add(entity);
			}
		}
		write(lookup, kb.claims().filter((parsed) -> !parsed.related().isEmpty()).toList(),
				kb.synonyms().stream().map((group) -> new SynonymGroup(group.terms())).toList());
		return new ImportSummary(kb.articles().size(), lookup.claims.size(), lookup.dosages.size(),
				lookup.citations.size(), lookup.forms.size(), lookup.topics.size(), lookup.disagreements.size());
	}

	/**
	 * Inserts everything through a stateless session on the transaction's own connection:
	 * with nothing to track, cascade or check at flush, a large knowledge base is written
	 * in about half the time a persistence context takes.
	 */
	private void write(Lookup lookup, List<ParsedClaim> relating, List<SynonymGroup> synonyms) {
		try (StatelessSession writer = this.entityManager.unwrap(Session.class)
			.statelessWithOptions()
			.connection()
			.open()) {
			writer.insertMultiple(List.copyOf(lookup.citations.values()));
			writer.insertMultiple(List.copyOf(lookup.topics.values()));
			writer.insertMultiple(List.copyOf(lookup.forms.values()));
			writer.insertMultiple(List.copyOf(lookup.articles.values()));
			List<Claim> claims = List.copyOf(lookup.claims.values());
			writer.insertMultiple(claims);
			writer.insertMultiple(claims.stream().flatMap((claim) -> claim.getCitations().stream()).toList());
			// a related claim may come later in the content, so claims are related once
			// all of them exist
			relating.forEach((parsed) -> parsed.related()
				.forEach((id) -> lookup.claims.get(parsed.id()).relateTo(lookup.claims.get(id))));
			writer.updateMultiple(relating.stream().map((parsed) -> lookup.claims.get(parsed.id())).toList());
			writer.insertMultiple(lookup.dosages);
			writer.insertMultiple(lookup.disagreements);
			writer.insertMultiple(synonyms);
		}
	}

	private ArticleWithClaims article(ParsedArticle parsed, Lookup lookup) {
		Article article = new Article(parsed.slug(), parsed.title(), parsed.summary(), parsed.lastReviewed());
		parsed.topics().forEach((slug) -> article.addTopic(lookup.topics.get(slug)));
		citationNumbers(parsed).keySet().forEach((key) -> article.addReference(lookup.citations.get(key)));
		sections(parsed).forEach(article::addSection);
		List<Claim> claims = new ArrayList<>();
		for (ParsedClaim claim : parsed.claims()) {
			claims.add(claim(claim, article, claims.size(), lookup));
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
			return ArticleSection.alert(alert.kind(), html.get());
		}
		if (segment instanceof ArticleSegment.ClaimBlock claim) {
			return ArticleSection.claim(claim.claimId());
		}
		if (segment instanceof ArticleSegment.DosageTable table) {
			return ArticleSection.dosages(table.tableIndex());
		}
		return ArticleSection.disagreement(((ArticleSegment.DisagreementBlock) segment).disagreementId());
	}

	private String labelled(String markdown, Lookup lookup) {
		return this.markdown.render(markdown, (use) -> lookup.citations.get(use.key()).getLabel());
	}

	private static Citation citation(ParsedReference reference) {
		List<Author> authors = reference.authors()
			.stream()
			.map((author) -> new Author(author.family(), author.given(), author.literal()))
			.toList();
		Citation citation = new Citation(reference.key(), reference.type(), reference.title(), authors);
		citation.setPublication(reference.year(), reference.month(), reference.day(), reference.container(),
				reference.volume(), reference.issue(), reference.page(), reference.publisher(),
				reference.publisherPlace());
		citation.setIdentifiers(reference.doi(), reference.pmid(), reference.pmcid(), reference.url());
		citation.setEvidence(StudyDesign.fromSlug(reference.design()), VerificationStatus.fromSlug(reference.status()),
				reference.verification());
		citation.setStudied(reference.population(), reference.dose(), reference.duration(), reference.participants(),
				reference.form(), reference.combination(), reference.outcomeMeasure());
		citation.setSecondarySource(reference.sellsSupplements(), reference.citedBy());
		return citation;
	}

	private MagnesiumForm form(ParsedForm form, Lookup lookup) {
		return new MagnesiumForm(form.slug(), form.name(), form.aliases(), labelled(form.markdown(), lookup));
	}

	private static Claim claim(ParsedClaim parsed, Article article, int position, Lookup lookup) {
		Claim claim = new Claim(parsed.id(), parsed.statement(), Verdict.fromSlug(parsed.verdict()),
				parsed.verdictRationale(), article, position);
		parsed.topics().forEach((slug) -> claim.addTopic(lookup.topics.get(slug)));
		parsed.forms().forEach((slug) -> claim.addForm(lookup.forms.get(slug)));
		for (ParsedClaim.Citation citation : parsed.citations()) {
			CitationUse use = citation.use();
			claim.cite(lookup.citations.get(use.key()), CitationRole.fromSlug(citation.role()), use.note());
		}
		// graded here, so that each claim is inserted once and complete
		claim.assess(lookup.assessor.assess(parsed));
		return claim;
	}

	private static Dosage dosage(ParsedDosage parsed, Article article, int table, Lookup lookup) {
		Dosage dosage = new Dosage(Population.fromSlug(parsed.population()), DosagePurpose.fromSlug(parsed.purpose()),
				parsed.minMg(), parsed.maxMg(), parsed.amountText(),
				(parsed.form() != null) ? lookup.forms.get(parsed.form()) : null, parsed.note());
		if (parsed.timing() != null) {
			dosage.setTiming(parsed.timing().minMinutes(), parsed.timing().maxMinutes(), parsed.timing().text());
		}
		dosage.placeIn(article, table, parsed.tableTitle());
		parsed.sources().forEach((use) -> dosage.addCitation(lookup.citations.get(use.key())));
		return dosage;
	}

	private static void checkDoses(List<Dosage> dosages) {
		List<DoseStatement> statements = dosages.stream().map(Dosage::toDoseStatement).toList();
		DoseChecker checker = new DoseChecker(statements);
		for (int i = 0; i < dosages.size(); i++) {
			dosages.get(i)
				.warn(checker.check(statements.get(i))
					.stream()
					.map((warning) -> new DosageWarning(warning.code(), warning.message()))
					.toList());
		}
	}

	private record ArticleWithClaims(Article article, List<Claim> claims) {
	}

	/** The entities built so far, by key, to link the next ones. */
	private static final class Lookup {

		private final ClaimAssessor assessor;

		private final Map<String, Citation> citations = new LinkedHashMap<>();

		private final Map<String, Topic> topics = new LinkedHashMap<>();

		private final Map<String, MagnesiumForm> forms = new LinkedHashMap<>();

		private final Map<String, Article> articles = new LinkedHashMap<>();

		private final Map<String, Claim> claims = new LinkedHashMap<>();

		private final List<Dosage> dosages = new ArrayList<>();

		private final List<Disagreement> disagreements = new ArrayList<>();

		private Lookup(ClaimAssessor assessor) {
			this.assessor = assessor;
		}

	}

}
