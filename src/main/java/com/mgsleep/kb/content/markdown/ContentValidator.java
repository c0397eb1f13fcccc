package com.mgsleep.kb.content.markdown;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.mgsleep.kb.vocabulary.CitationRole;

/**
 * Checks the rules that span files: unique ids, and every key, slug and link resolving.
 */
final class ContentValidator {

	private final ParsedKnowledgeBase kb;

	private final Problems problems;

	private final Map<String, ParsedReference> references = new HashMap<>();

	private final Set<String> claims = new TreeSet<>();

	private final Set<String> topics;

	private final Set<String> forms;

	private final Set<String> articles;

	/** Where the first error of an unreadable bibliography file is, or {@code null}. */
	private final SourceLine brokenBibliography;

	private int uncheckedCitations;

	/**
	 * @param kb the knowledge base
	 * @param problems where errors go
	 * @param brokenBibliography the first error of a bibliography file that yielded no
	 * entries at all, or {@code null}
	 */
	ContentValidator(ParsedKnowledgeBase kb, Problems problems, SourceLine brokenBibliography) {
		this.kb = kb;
		this.problems = problems;
		this.brokenBibliography = brokenBibliography;
		this.topics = slugs(kb.topics(), ParsedTopic::slug);
		this.forms = slugs(kb.forms(), ParsedForm::slug);
		this.articles = slugs(kb.articles(), ParsedArticle::slug);
	}

	private static <T> Set<String> slugs(List<T> items, Function<T, String> slug) {
		return items.stream().map(slug).collect(Collectors.toCollection(TreeSet::new));
	}

	void validate() {
		uniqueReferences();
		uniqueClaims();
		uniqueDisagreements();
		ReferenceChecks references = new ReferenceChecks(this.references, this.forms, this.problems);
		this.kb.references().forEach(references::check);
		this.kb.claims().forEach(this::checkClaim);
		this.kb.dosages().forEach(this::checkDosage);
		this.kb.disagreements().forEach(this::checkDisagreement);
		for (ParsedArticle article : this.kb.articles()) {
			article.topics().forEach((topic) -> checkSlug("topic", topic, this.topics, article.at()));
			checkProse(article.body());
		}
		this.kb.forms().forEach((form) -> checkProse(form.body()));
		this.kb.topics().forEach((topic) -> checkProse(topic.body()));
		this.kb.bottomLines().forEach((bottomLine) -> checkProse(bottomLine.links()));
		BottomLineCheck.check(this.kb, this.problems);
		FormAliases.check(this.kb.forms(), this.problems);
		ReferenceIntakeCheck.check(this.kb.dosages().toList(), this.problems);
		reportUncheckedCitations();
	}

	private void uniqueReferences() {
		for (ParsedReference reference : this.kb.references()) {
			ParsedReference first = this.references.putIfAbsent(reference.key(), reference);
			if (first != null) {
				this.problems.add(reference.at(),
						"duplicate reference id `" + reference.key() + "`; first defined at " + first.at());
			}
		}
	}

	private void uniqueClaims() {
		Map<String, SourceLine> seen = new HashMap<>();
		this.kb.claims().forEach((claim) -> {
			SourceLine first = seen.putIfAbsent(claim.id(), claim.at());
			if (first != null) {
				this.problems.add(claim.at(), "duplicate claim id `" + claim.id() + "`; first defined at " + first
						+ "; claim ids must be unique across the knowledge base");
			}
			this.claims.add(claim.id());
		});
	}

	private void uniqueDisagreements() {
		Map<String, SourceLine> seen = new HashMap<>();
		this.kb.disagreements().forEach((disagreement) -> {
			SourceLine first = seen.putIfAbsent(disagreement.id(), disagreement.at());
			if (first != null) {
				this.problems.add(disagreement.at(),
						"duplicate disagreement id `" + disagreement.id() + "`; first defined at " + first);
			}
		});
	}

	private void checkClaim(ParsedClaim claim) {
		claim.topics().forEach((topic) -> checkSlug("topic", topic, this.topics, claim.at()));
		claim.forms().forEach((form) -> checkSlug("form", form, this.forms, claim.at()));
		for (ParsedClaim.Citation citation : claim.citations()) {
			ParsedReference reference = checkCitation(citation.use());
			if (reference != null && citation.role().equals(CitationRole.ASSERTED_BY.getSlug())
					&& !reference.secondary()) {
				this.problems.add(citation.use().at(), "`" + reference.key() + "` is a " + reference.design()
						+ ", not a web article; `asserted-by` lists secondary sources, primary evidence goes under"
						+ " `supports` or `contradicts`");
			}
		}
		for (String related : claim.related()) {
			checkSlug("claim id", related, this.claims, claim.at());
			if (related.equals(claim.id())) {
				this.problems.add(claim.at(), "claim `" + claim.id() + "` lists itself as related");
			}
		}
	}

	private void checkDosage(ParsedDosage dosage) {
		if (dosage.form() != null) {
			checkSlug("form", dosage.form(), this.forms, dosage.at());
		}
		dosage.sources().forEach(this::checkCitation);
	}

	private void checkDisagreement(ParsedDisagreement disagreement) {
		disagreement.claimIds().forEach((id) -> checkSlug("claim id", id, this.claims, disagreement.at()));
	}

	private void checkProse(ProseReferences prose) {
		prose.citations().forEach(this::checkCitation);
		for (LinkUse link : prose.links()) {
			checkLink(link);
		}
	}

	private void checkLink(LinkUse link) {
		String[] parts = link.target().replaceFirst("[#?].*$", "").split("/");
		if (parts.length != 3) {
			return;
		}
		Set<String> known = switch (parts[1]) {
			case "claims" -> this.claims;
			case "citations" -> this.references.keySet();
			case "forms" -> this.forms;
			case "topics" -> this.topics;
			case "articles" -> this.articles;
			case "outcomes" -> Set.copyOf(Vocabulary.OUTCOMES);
			default -> null;
		};
		if (known != null && !known.contains(parts[2])) {
			this.problems.add(link.at(), "broken link `" + link.target() + "`: "
					+ Suggestions.unknown(parts[1].substring(0, parts[1].length() - 1), parts[2], known));
		}
	}

	private ParsedReference checkCitation(CitationUse use) {
		ParsedReference reference = this.references.get(use.key());
		if (reference == null && this.brokenBibliography != null) {
			this.uncheckedCitations++;
		}
		else if (reference == null) {
			this.problems.add(use.at(), Suggestions.unknown("citation key", use.key(), this.references.keySet()));
		}
		return reference;
	}

	/**
	 * A bibliography file with errors may have lost entries; every citation of them would
	 * be a follow-on error burying the cause, so they are counted in one line instead.
	 */
	private void reportUncheckedCitations() {
		if (this.uncheckedCitations > 0) {
			this.problems.add(this.brokenBibliography, String.format(Locale.ROOT,
					"%,d citation%s could not be checked because this bibliography file could not be read; fix it first",
					this.uncheckedCitations, (this.uncheckedCitations == 1) ? "" : "s"));
		}
	}

	private void checkSlug(String what, String slug, Set<String> known, SourceLine at) {
		if (!known.contains(slug)) {
			this.problems.add(at, Suggestions.unknown(what, slug, known));
		}
	}

}
