package com.mgsleep.kb.web.claim;

import com.mgsleep.kb.claim.Claim;
import com.mgsleep.kb.claim.ClaimRepository;
import com.mgsleep.kb.disagreement.DisagreementRepository;
import com.mgsleep.kb.form.FormRepository;
import com.mgsleep.kb.topic.TopicRepository;
import com.mgsleep.kb.web.StructuredData;
import com.mgsleep.kb.web.fragment.CertaintyView;
import com.mgsleep.kb.web.fragment.ClaimCard;
import com.mgsleep.kb.web.fragment.Option;
import com.mgsleep.kb.web.fragment.VerdictView;

import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /claims} and {@code /claims/{id}}: every claim, and one claim with its evidence.
 */
@Controller
class ClaimController {

	private final ClaimRepository claims;

	private final DisagreementRepository disagreements;

	private final TopicRepository topics;

	private final FormRepository forms;

	private final StructuredData structuredData;

	ClaimController(ClaimRepository claims, DisagreementRepository disagreements, TopicRepository topics,
			FormRepository forms, StructuredData structuredData) {
		this.claims = claims;
		this.disagreements = disagreements;
		this.topics = topics;
		this.forms = forms;
		this.structuredData = structuredData;
	}

	@GetMapping("/claims")
	String listClaims(@RequestParam(required = false) String topic, @RequestParam(required = false) String form,
			@RequestParam(required = false) String verdict, @RequestParam(required = false) String source,
			@RequestParam(required = false) String certainty, @RequestParam(required = false) String sort,
			@RequestParam(defaultValue = "1") int page, Model model) {
		ClaimFilter filter = new ClaimFilter(topic, form, verdict, source, certainty, sort);
		ClaimListPage shown = ClaimListPage.of(this.claims, page, filter);
		long total = this.claims.count();
		model.addAttribute("claims", shown.claims().stream().map(ClaimCard::of).toList());
		model.addAttribute("pages", shown.links());
		model.addAttribute("countText",
				(filter.isActive() ? shown.total() + " of " + total + " claims match" : total + " claims")
						+ shown.rangeText());
		model.addAttribute("filter", filter);
		model.addAttribute("topics",
				this.topics.findAll(Sort.by("name"))
					.stream()
					.map((t) -> new Option(t.getSlug(), t.getName()))
					.toList());
		model.addAttribute("forms",
				this.forms.findAll(Sort.by("name")).stream().map((f) -> new Option(f.getSlug(), f.getName())).toList());
		model.addAttribute("sources",
				this.claims.findAssertingSources().stream().map((s) -> new Option(s.getKey(), s.getLabel())).toList());
		model.addAttribute("verdicts", VerdictView.options());
		model.addAttribute("certainties", CertaintyView.options());
		return "claims/list";
	}

	@GetMapping("/claims/{id}")
	String showClaim(@PathVariable String id, Model model) {
		Claim claim = this.claims.findForPage(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No claim " + id));
		model.addAttribute("claim", ClaimPage.of(claim, this.disagreements.findByClaim(id)));
		model.addAttribute("ogTitle", claim.getStatement());
		model.addAttribute("description", "Our verdict: " + claim.getVerdict().getLabel() + ", "
				+ claim.getVerdictRationale() + ". Certainty: " + claim.getCertainty().getLabel() + ".");
		model.addAttribute("jsonLd", this.structuredData.claimReview(claim));
		return "claims/claim";
	}

}
