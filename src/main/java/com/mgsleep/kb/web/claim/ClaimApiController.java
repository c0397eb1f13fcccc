package com.mgsleep.kb.web.claim;

import java.util.List;

import com.mgsleep.kb.claim.ClaimRepository;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /api/claims}: every claim with its verdict and citations.
 */
@RestController
@RequestMapping("/api/claims")
class ClaimApiController {

	private final ClaimRepository claims;

	ClaimApiController(ClaimRepository claims) {
		this.claims = claims;
	}

	@GetMapping
	@Operation(summary = "Lists every claim, in reading order")
	List<ClaimJson> listClaims() {
		return this.claims.findAllInReadingOrder().stream().map(ClaimJson::of).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "Shows one claim")
	ClaimJson showClaim(@Parameter(description = "The claim's id") @PathVariable String id) {
		return this.claims.findById(id)
			.map(ClaimJson::of)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No claim has this id."));
	}

}
