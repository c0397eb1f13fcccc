package com.mgsleep.kb.web.source;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.mgsleep.kb.citation.Citation;
import com.mgsleep.kb.citation.CitationRepository;
import com.mgsleep.kb.claim.Claim;
import com.mgsleep.kb.claim.ClaimRepository;
import com.mgsleep.kb.claim.ClaimRepository.SourceVerdictCount;
import com.mgsleep.kb.source.Scorecard;
import com.mgsleep.kb.vocabulary.Verdict;
import com.mgsleep.kb.web.StructuredData;

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

	private final StructuredData structuredData;

	SourceController(CitationRepository citations, ClaimRepository claims, StructuredData structuredData) {
		this.citations = citations;
		this.claims = claims;
		this.structuredData = structuredData;
	}

	@GetMapping("/sources")
	String listSources(Model model) {
		Map<String, Map<Verdict, Long>> counts = this.claims.countBySourceAndVerdict()
			.stream()
			.collect(Collectors.groupingBy(SourceVerdictCount::sourceKey, Collectors.toMap(SourceVerdictCount::verdict,
					SourceVerdictCount::claims, Long::sum, () -> new EnumMap<>(Verdict.class))));
		model.addAttribute("sources", this.claims.findAssertingSources()
			.stream()
			.map((source) -> SourceSummary.of(source, new Scorecard(counts.getOrDefault(source.getKey(), Map.of()))))
			.toList());
		return "sources/list";
	}

	@GetMapping("/sources/{key}")
	String showSource(@PathVariable String key, Model model) {
		Citation source = this.citations.findById(key)
			.filter(Citation::isSecondary)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No source " + key));
		List<Claim> asserted = this.claims.findAssertedBy(key);
		List<Citation> cited = this.citations.findCitedBy(key);
		model.addAttribute("source", SourcePage.of(source, asserted, cited));
		model.addAttribute("jsonLd", this.structuredData.sourcePage(source, cited));
		return "sources/source";
	}

}
