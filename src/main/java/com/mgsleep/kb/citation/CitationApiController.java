package com.mgsleep.kb.citation;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.mgsleep.kb.citation.CitationJson.ClaimRoleJson;
import com.mgsleep.kb.claim.ClaimCitation;
import com.mgsleep.kb.claim.ClaimRepository;

import org.springframework.data.domain.Sort;
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
	List<CitationJson> listCitations() {
		Map<String, List<ClaimRoleJson>> byKey = this.claims.findAllInReadingOrder()
			.stream()
			.flatMap((claim) -> claim.getCitations().stream())
			.collect(Collectors.groupingBy((cited) -> cited.getCitation().getKey(),
					Collectors.mapping(CitationApiController::claimRole, Collectors.toList())));
		return this.citations.findAll(Sort.by("key"))
			.stream()
			.map((citation) -> CitationJson.of(citation, byKey.getOrDefault(citation.getKey(), List.of())))
			.toList();
	}

	@GetMapping("/{key}")
	CitationJson showCitation(@PathVariable String key) {
		Citation citation = this.citations.findById(key)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No citation has this key."));
		return CitationJson.of(citation,
				this.claims.findCitationsOf(key).stream().map(CitationApiController::claimRole).toList());
	}

	private static ClaimRoleJson claimRole(ClaimCitation cited) {
		return new ClaimRoleJson(cited.getClaim().getId(), cited.getRole().getSlug());
	}

}
