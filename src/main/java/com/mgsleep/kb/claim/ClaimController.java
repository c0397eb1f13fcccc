package com.mgsleep.kb.claim;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.mgsleep.kb.article.StructuredData;
import com.mgsleep.kb.disagreement.DisagreementRepository;
import com.mgsleep.kb.evidence.Certainty;
import com.mgsleep.kb.form.FormRepository;
import com.mgsleep.kb.topic.TopicRepository;

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
			Model model) {
		ClaimFilter filter = new ClaimFilter(topic, form, verdict, source, certainty, sort);
		List<Claim> all = this.claims.findAllInReadingOrder();
		model.addAttribute("claims", all.stream().filter(filter::matches).sorted(filter.order()).toList());
		model.addAttribute("total", all.size());
		model.addAttribute("filter", filter);
		model.addAttribute("topics", this.topics.findAll(Sort.by("name")));
		model.addAttribute("forms", this.forms.findAll(Sort.by("name")));
		model.addAttribute("sources", this.claims.findAssertingSources());
		model.addAttribute("verdicts", Verdict.values());
		model.addAttribute("certainties", Certainty.values());
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
		model.addAttribute("jsonLd",
				this.structuredData.medicalWebPage(claim.getStatement(),
						claim.getVerdict().getLabel() + ": " + claim.getVerdictRationale(), claim.getUrl(),
						claim.getArticle(), claim.getCitations().stream().map(ClaimCitation::getCitation).toList()));
		return "claims/claim";
	}

}
