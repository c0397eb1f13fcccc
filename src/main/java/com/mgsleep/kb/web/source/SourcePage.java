package com.mgsleep.kb.web.source;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.mgsleep.kb.citation.Citation;
import com.mgsleep.kb.claim.Claim;
import com.mgsleep.kb.source.Scorecard;
import com.mgsleep.kb.vocabulary.Certainty;
import com.mgsleep.kb.vocabulary.VerificationStatus;
import com.mgsleep.kb.web.fragment.CertaintyView;
import com.mgsleep.kb.web.fragment.CitationLine;
import com.mgsleep.kb.web.fragment.CountView;
import com.mgsleep.kb.web.fragment.VerdictGroup;

/**
 * What a source's page shows: the article, its scorecard, the references it cites and its
 * claims by verdict.
 *
 * @param summary the source and its counts per verdict
 * @param authorLine its authors, or empty
 * @param sellsSupplements whether the publisher sells supplements, or {@code null} when
 * not known
 * @param verification what is known about it, or {@code null}
 * @param referenceUrl its reference page
 * @param certainties how many of its claims have each certainty, certainties it has
 * claims of
 * @param referenceStatus "2 verified", one per status of the references it cites
 * @param citedReferences the references it cites
 * @param claimsByVerdict its claims by verdict
 */
record SourcePage(SourceSummary summary, String authorLine, Boolean sellsSupplements, String verification,
		String referenceUrl, List<CountView<CertaintyView>> certainties, List<String> referenceStatus,
		List<CitationLine> citedReferences, List<VerdictGroup> claimsByVerdict) {

	static SourcePage of(Citation source, List<Claim> asserted, List<Citation> cited) {
		Map<Certainty, Long> certainties = asserted.stream()
			.collect(Collectors.groupingBy(Claim::getCertainty, () -> new EnumMap<>(Certainty.class),
					Collectors.counting()));
		Map<VerificationStatus, Long> statuses = cited.stream()
			.collect(Collectors.groupingBy(Citation::getStatus, () -> new EnumMap<>(VerificationStatus.class),
					Collectors.counting()));
		Scorecard scorecard = new Scorecard(
				asserted.stream().collect(Collectors.groupingBy(Claim::getVerdict, Collectors.counting())));
		return new SourcePage(SourceSummary.of(source, scorecard), source.getAuthorLine(), source.getSellsSupplements(),
				source.getVerification(), source.getPageUrl(),
				certainties.entrySet()
					.stream()
					.map((entry) -> new CountView<>(CertaintyView.of(entry.getKey()), entry.getValue()))
					.toList(),
				statuses.entrySet()
					.stream()
					.map((entry) -> entry.getValue() + " " + entry.getKey().getLabel().toLowerCase(Locale.ROOT) + " ")
					.toList(),
				cited.stream().map(CitationLine::of).toList(), VerdictGroup.of(asserted));
	}

}
