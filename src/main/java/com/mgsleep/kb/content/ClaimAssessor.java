package com.mgsleep.kb.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.mgsleep.kb.citation.CitationNames;
import com.mgsleep.kb.content.markdown.ContentError;
import com.mgsleep.kb.content.markdown.ContentParser;
import com.mgsleep.kb.content.markdown.ParseResult;
import com.mgsleep.kb.content.markdown.ParsedClaim;
import com.mgsleep.kb.content.markdown.ParsedKnowledgeBase;
import com.mgsleep.kb.content.markdown.ParsedReference;
import com.mgsleep.kb.content.markdown.Vocabulary;
import com.mgsleep.kb.evidence.Assessment;
import com.mgsleep.kb.evidence.ClaimEvidence;
import com.mgsleep.kb.evidence.EvidenceGrader;
import com.mgsleep.kb.evidence.Study;
import com.mgsleep.kb.evidence.VerdictCheck;
import com.mgsleep.kb.vocabulary.Certainty;
import com.mgsleep.kb.vocabulary.CitationRole;
import com.mgsleep.kb.vocabulary.ClaimKind;
import com.mgsleep.kb.vocabulary.ReviewBasis;
import com.mgsleep.kb.vocabulary.StudyDesign;
import com.mgsleep.kb.vocabulary.Verdict;
import com.mgsleep.kb.vocabulary.VerificationStatus;

/**
 * Works out each claim's certainty from the parsed content, and checks that its verdict
 * claims no more than that certainty allows. Needs no database, so the validate-only
 * command runs it too.
 */
final class ClaimAssessor {

	private final Map<String, Study> studies;

	/**
	 * @param kb the parsed knowledge base; references with errors in their evidence
	 * fields are left out, and so are the claims citing them
	 */
	ClaimAssessor(ParsedKnowledgeBase kb) {
		Map<String, ParsedReference> readable = kb.references()
			.stream()
			.filter(ClaimAssessor::readable)
			.collect(Collectors.toMap(ParsedReference::key, Function.identity(), (first, second) -> first));
		this.studies = readable.values()
			.stream()
			.collect(Collectors.toMap(ParsedReference::key, (reference) -> study(reference, readable)));
	}

	/**
	 * The content with every error: those of the parser and validator, and every verdict
	 * the evidence cannot carry, sorted by file and line.
	 * @param folder the content folder
	 * @return the knowledge base and all its errors
	 */
	static ParseResult read(Path folder) {
		ParseResult parsed = new ContentParser().parse(folder);
		List<ContentError> errors = new ArrayList<>(parsed.errors());
		errors.addAll(new ClaimAssessor(parsed.knowledgeBase()).verdictErrors(parsed.knowledgeBase()));
		Collections.sort(errors);
		return new ParseResult(parsed.knowledgeBase(), List.copyOf(errors));
	}

	/**
	 * The work as the analysis sees it, or {@code null} when its evidence fields had
	 * errors.
	 */
	Study study(String key) {
		return this.studies.get(key);
	}

	Assessment assess(ParsedClaim claim) {
		return EvidenceGrader.assess(
				new ClaimEvidence(claim.statement(), ClaimKind.fromSlug(claim.kind()), claim.forms(), claim.topics(),
						Verdict.CONTRADICTED.getSlug().equals(claim.verdict()), cited(claim, CitationRole.SUPPORTS),
						cited(claim, CitationRole.CONTRADICTS), cited(claim, CitationRole.MIS_CITED_BY)));
	}

	/**
	 * Every claim whose verdict the certainty of its evidence cannot carry, at the line
	 * of its verdict's claim block.
	 */
	List<ContentError> verdictErrors(ParsedKnowledgeBase kb) {
		List<ContentError> errors = new ArrayList<>();
		kb.claims().filter(this::assessable).forEach((claim) -> {
			Assessment assessment = assess(claim);
			VerdictCheck.conflict(Verdict.fromSlug(claim.verdict()), assessment)
				.ifPresent((problem) -> errors.add(new ContentError(claim.at().file(), claim.at().line(),
						"claim `" + claim.id() + "`: " + problem + " (" + describe(assessment) + ")")));
		});
		return errors;
	}

	/**
	 * Whether the parser could read everything the assessment needs; if not, it said so.
	 */
	private boolean assessable(ParsedClaim claim) {
		return Vocabulary.VERDICTS.contains(claim.verdict()) && Vocabulary.CLAIM_KINDS.contains(claim.kind())
				&& claim.citations().stream().allMatch((citation) -> this.studies.containsKey(citation.use().key()));
	}

	private static boolean readable(ParsedReference reference) {
		return Vocabulary.DESIGNS.contains(reference.design()) && Vocabulary.STATUSES.contains(reference.status())
				&& (reference.reviewOf() == null || Vocabulary.REVIEW_BASES.contains(reference.reviewOf()))
				&& (reference.ratedCertainty() == null
						|| Vocabulary.RATED_CERTAINTIES.contains(reference.ratedCertainty()));
	}

	private static String describe(Assessment assessment) {
		List<String> parts = new ArrayList<>();
		assessment.steps()
			.stream()
			.filter((step) -> !step.change().equals(assessment.certainty().getLabel()))
			.forEach((step) -> parts.add(step.change() + ": " + step.reason()));
		if (assessment.steps().size() == 1 && assessment.certainty() == Certainty.NONE) {
			parts.add(assessment.steps().get(0).reason());
		}
		assessment.notCounted().forEach((reason) -> parts.add("not counted: " + reason));
		return "certainty " + assessment.certainty().getLabel().toLowerCase(Locale.ROOT) + "; "
				+ String.join("; ", parts);
	}

	private List<Study> cited(ParsedClaim claim, CitationRole role) {
		return claim.citations()
			.stream()
			.filter((citation) -> citation.role().equals(role.getSlug()))
			.map((citation) -> this.studies.get(citation.use().key()))
			.toList();
	}

	/**
	 * A work as the analysis sees it. A trial that a rated review pooled carries the
	 * review's rating: the review has judged it.
	 */
	private static Study study(ParsedReference reference, Map<String, ParsedReference> byKey) {
		return new Study(reference.key(), label(reference), StudyDesign.fromSlug(reference.design()),
				VerificationStatus.fromSlug(reference.status()), reference.participants(), reference.form(),
				reference.combination(), reference.outcomeMeasure(), reference.population(),
				(reference.reviewOf() != null) ? ReviewBasis.fromSlug(reference.reviewOf()) : null,
				reference.includes(), rating(reference, byKey));
	}

	private static Study.Rating rating(ParsedReference reference, Map<String, ParsedReference> byKey) {
		return byKey.values()
			.stream()
			.filter((review) -> review.ratedCertainty() != null)
			.filter((review) -> review == reference || review.includes().contains(reference.key()))
			.map((review) -> new Study.Rating(Certainty.fromSlug(review.ratedCertainty()), label(review)))
			.max(Comparator.comparing(Study.Rating::certainty))
			.orElse(null);
	}

	private static String label(ParsedReference reference) {
		Function<ParsedReference.Author, String> name = (author) -> (author.family() != null) ? author.family()
				: author.literal();
		return CitationNames.labelOf(reference.authors().stream().map(name).toList(), reference.publisher(),
				reference.title(), reference.year());
	}

}
