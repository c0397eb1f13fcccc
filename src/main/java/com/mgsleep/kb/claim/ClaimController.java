package com.mgsleep.kb.claim;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.mgsleep.kb.disagreement.DisagreementRepository;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /claims} and {@code /claims/{id}}: every claim, and one claim with its evidence.
 */
@Controller
class ClaimController {

	private final ClaimRepository claims;

	private final DisagreementRepository disagreements;

	ClaimController(ClaimRepository claims, DisagreementRepository disagreements) {
		this.claims = claims;
		this.disagreements = disagreements;
	}

	@GetMapping("/claims")
	String listClaims(Model model) {
		model.addAttribute("claims", this.claims.findAllInReadingOrder());
		return "claims/list";
	}

	@GetMapping("/claims/{id}")
	String showClaim(@PathVariable String id, Model model) {
		Claim claim = this.claims.findById(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No claim " + id));
		Map<CitationRole, java.util.List<ClaimCitation>> byRole = Arrays.stream(CitationRole.values())
			.collect(Collectors.toMap(Function.identity(), claim::citationsWith, (a, b) -> a,
					() -> new java.util.EnumMap<>(CitationRole.class)));
		model.addAttribute("claim", claim);
		model.addAttribute("citationsByRole", byRole);
		model.addAttribute("disagreements", this.disagreements.findByClaim(id));
		return "claims/claim";
	}

}
