package com.mgsleep.kb.web.citation;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.mgsleep.kb.citation.Citation;
import com.mgsleep.kb.citation.CitationRepository;
import com.mgsleep.kb.claim.ClaimRepository;
import com.mgsleep.kb.claim.ClaimRepository.CitationUse;
import com.mgsleep.kb.web.citation.CitationJson.ClaimRoleJson;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /api/citations}: every reference with the claims that cite it.
 */
@RestController
@RequestMapping("/api/citations")
class CitationApiController {

	private final CitationRepository citations;

	private final ClaimRepository claims;

	CitationApiController(CitationRepository citations, ClaimRepository claims) {
		this.citations = citations;
		this.claims = claims;
	}

	@GetMapping
	@Operation(summary = "Lists every reference with the claims citing it")
	List<CitationJson> listCitations() {
		Map<String, List<ClaimRoleJson>> byKey = this.claims.findCitationUses()
			.stream()
			.collect(Collectors.groupingBy(CitationUse::citationKey, Collectors
				.mapping((use) -> new ClaimRoleJson(use.claimId(), use.role().getSlug()), Collectors.toList())));
		return this.citations.findAllWithAuthors()
			.stream()
			.map((citation) -> CitationJson.of(citation, byKey.getOrDefault(citation.getKey(), List.of())))
			.toList();
	}

	@GetMapping("/{key}")
	@Operation(summary = "Shows one reference with the claims citing it")
	CitationJson showCitation(@Parameter(description = "The citation key") @PathVariable String key) {
		Citation citation = this.citations.findById(key)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No citation has this key."));
		return CitationJson.of(citation,
				this.claims.findCitationsOf(key)
					.stream()
					.map((cited) -> new ClaimRoleJson(cited.getClaim().getId(), cited.getRole().getSlug()))
					.toList());
	}

}
