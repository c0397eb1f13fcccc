package com.mgsleep.kb.content;

import java.util.List;

import com.mgsleep.kb.article.Article;
import com.mgsleep.kb.citation.Author;
import com.mgsleep.kb.citation.Citation;
import com.mgsleep.kb.citation.Identifiers;
import com.mgsleep.kb.citation.Publication;
import com.mgsleep.kb.citation.StudyDetails;
import com.mgsleep.kb.claim.Claim;
import com.mgsleep.kb.content.markdown.CitationUse;
import com.mgsleep.kb.content.markdown.ParsedClaim;
import com.mgsleep.kb.content.markdown.ParsedDisagreement;
import com.mgsleep.kb.content.markdown.ParsedDosage;
import com.mgsleep.kb.content.markdown.ParsedReference;
import com.mgsleep.kb.disagreement.Disagreement;
import com.mgsleep.kb.dosage.Dosage;
import com.mgsleep.kb.vocabulary.CitationRole;
import com.mgsleep.kb.vocabulary.DosagePurpose;
import com.mgsleep.kb.vocabulary.Population;
import com.mgsleep.kb.vocabulary.StudyDesign;
import com.mgsleep.kb.vocabulary.Verdict;
import com.mgsleep.kb.vocabulary.VerificationStatus;
import com.mgsleep.kb.history.HistoryEntry;

/**
 * Maps parsed content to entities, linking them to the entities built before.
 */
final class EntityMapping {

	private EntityMapping() {
	}

	static Citation citation(ParsedReference reference) {
		List<Author> authors = reference.authors()
			.stream()
			.map((author) -> new Author(author.family(), author.given(), author.literal()))
			.toList();
		Citation citation = new Citation(reference.key(), reference.type(), reference.title(), authors);
		citation.setPublication(new Publication(reference.year(), reference.month(), reference.day(),
				reference.container(), reference.volume(), reference.issue(), reference.page(), reference.publisher(),
				reference.publisherPlace(), reference.accessed()));
		citation.setIdentifiers(new Identifiers(reference.doi(), reference.pmid(), reference.pmcid(), reference.url()));
		citation.setEvidence(StudyDesign.fromSlug(reference.design()), VerificationStatus.fromSlug(reference.status()),
				reference.verification());
		citation.setStudied(new StudyDetails(reference.population(), reference.dose(), reference.duration(),
				reference.participants(), reference.form(), reference.combination(), reference.outcomeMeasure()));
		citation.setSecondarySource(reference.sellsSupplements(), reference.citedBy());
		return citation;
	}

	/** A claim with its topics, forms and references, and how sure we are of it. */
	static Claim claim(ParsedClaim parsed, Article article, int position, ImportedEntities built) {
		Claim claim = new Claim(parsed.id(), parsed.statement(), Verdict.fromSlug(parsed.verdict()),
				parsed.verdictRationale(), article, position);
		parsed.topics().forEach((slug) -> claim.addTopic(built.topics.get(slug)));
		parsed.forms().forEach((slug) -> claim.addForm(built.forms.get(slug)));
		for (ParsedClaim.Citation citation : parsed.citations()) {
			CitationUse use = citation.use();
			claim.cite(built.citations.get(use.key()), CitationRole.fromSlug(citation.role()), use.note());
		}
		claim.addHistory(
				parsed.changes().stream().map((change) -> HistoryEntry.noted(change.date(), change.note())).toList());
		// graded here, so that each claim is inserted once and complete
		claim.assess(built.assessor.assess(parsed));
		return claim;
	}

	static Dosage dosage(ParsedDosage parsed, Article article, int table, ImportedEntities built) {
		Dosage dosage = new Dosage(Population.fromSlug(parsed.population()), DosagePurpose.fromSlug(parsed.purpose()),
				parsed.minMg(), parsed.maxMg(), parsed.amountText(),
				(parsed.form() != null) ? built.forms.get(parsed.form()) : null, parsed.note());
		if (parsed.timing() != null) {
			dosage.setTiming(parsed.timing().minMinutes(), parsed.timing().maxMinutes(), parsed.timing().text());
		}
		dosage.placeIn(article, table, parsed.tableTitle());
		parsed.sources().forEach((use) -> dosage.addCitation(built.citations.get(use.key())));
		return dosage;
	}

	static Disagreement disagreement(ParsedDisagreement parsed, Article article, ImportedEntities built) {
		Disagreement disagreement = new Disagreement(parsed.id(), parsed.question(), article);
		parsed.claimIds().forEach((id) -> disagreement.addPosition(built.claims.get(id)));
		return disagreement;
	}

}
