package com.mgsleep.kb.source;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.mgsleep.kb.citation.Citation;
import com.mgsleep.kb.citation.CitationRepository;
import com.mgsleep.kb.citation.VerificationStatus;
import com.mgsleep.kb.claim.Claim;
import com.mgsleep.kb.claim.ClaimRepository;
import com.mgsleep.kb.claim.Verdict;
import com.mgsleep.kb.evidence.Certainty;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /sources} and {@code /sources/{key}}: the web articles the knowledge base
 * started from, every claim each one makes and how those claims fare.
 */
@Controller
class SourceController {

	private final CitationRepository citations;

	private final ClaimRepository claims;

	SourceController(CitationRepository citations, ClaimRepository claims) {
		this.citations = citations;
		this.claims = claims;
	}

	@GetMapping("/sources")
	String listSources(Model model) {
		List<SourceSummary> sources = this.claims.findAssertingSources()
			.stream()
			.map((source) -> new SourceSummary(source, verdictCounts(this.claims.findAssertedBy(source.getKey()))))
			.toList();
		model.addAttribute("sources", sources);
		return "sources/list";
	}

	@GetMapping("/sources/{key}")
	String showSource(@PathVariable String key, Model model) {
		Citation source = this.citations.findById(key)
			.filter(Citation::isSecondary)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No source " + key));
		List<Claim> asserted = this.claims.findAssertedBy(key);
		List<Citation> cited = this.citations.findCitedBy(key);
		model.addAttribute("source", source);
		model.addAttribute("claimsByVerdict", asserted.stream()
			.collect(
					Collectors.groupingBy(Claim::getVerdict, () -> new EnumMap<>(Verdict.class), Collectors.toList())));
		model.addAttribute("summary", new SourceSummary(source, verdictCounts(asserted)));
		model.addAttribute("citedReferences", cited);
		model.addAttribute("certaintyCounts",
				asserted.stream()
					.collect(Collectors.groupingBy(Claim::getCertainty, () -> new EnumMap<>(Certainty.class),
							Collectors.counting())));
		model.addAttribute("referenceStatus",
				cited.stream()
					.collect(Collectors.groupingBy(Citation::getStatus, () -> new EnumMap<>(VerificationStatus.class),
							Collectors.counting())));
		return "sources/source";
	}

	private static Map<Verdict, Long> verdictCounts(List<Claim> claims) {
		Map<Verdict, Long> counts = claims.stream()
			.collect(Collectors.groupingBy(Claim::getVerdict, Collectors.counting()));
		return Arrays.stream(Verdict.values())
			.collect(Collectors.toMap(Function.identity(), (verdict) -> counts.getOrDefault(verdict, 0L), (a, b) -> a,
					() -> new EnumMap<>(Verdict.class)));
	}

	/**
	 * A source and how its claims fare.
	 *
	 * @param source the web article
	 * @param verdicts the number of its claims per verdict
	 */
	record SourceSummary(Citation source, Map<Verdict, Long> verdicts) {

		public long getTotal() {
			return this.verdicts.values().stream().mapToLong(Long::longValue).sum();
		}

		/** Claims that no study backs, or that the evidence contradicts. */
		public long getUnbacked() {
			return this.verdicts.get(Verdict.UNSUPPORTED) + this.verdicts.get(Verdict.CONTRADICTED);
		}

	}

}
