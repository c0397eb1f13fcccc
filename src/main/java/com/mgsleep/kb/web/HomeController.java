package com.mgsleep.kb.web;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.mgsleep.kb.article.ArticleRepository;
import com.mgsleep.kb.claim.Claim;
import com.mgsleep.kb.claim.ClaimRepository;
import com.mgsleep.kb.claim.ClaimRepository.TopicClaimCount;
import com.mgsleep.kb.claim.Verdict;
import com.mgsleep.kb.evidence.Certainty;
import com.mgsleep.kb.form.FormRepository;
import com.mgsleep.kb.topic.TopicRepository;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: what the site is, its articles and topics, and how the claims fare.
 */
@Controller
class HomeController {

	private final ArticleRepository articles;

	private final TopicRepository topics;

	private final ClaimRepository claims;

	private final FormRepository forms;

	HomeController(ArticleRepository articles, TopicRepository topics, ClaimRepository claims, FormRepository forms) {
		this.articles = articles;
		this.topics = topics;
		this.claims = claims;
		this.forms = forms;
	}

	@GetMapping("/")
	String showHome(Model model) {
		var allClaims = this.claims.findAllInReadingOrder();
		Map<Verdict, Long> verdicts = allClaims.stream()
			.collect(Collectors.groupingBy(Claim::getVerdict, Collectors.counting()));
		model.addAttribute("articles", this.articles.findAll(Sort.by("title")));
		model.addAttribute("topics", this.topics.findAll(Sort.by("name")));
		model.addAttribute("topicCounts",
				this.claims.countByTopic()
					.stream()
					.collect(Collectors.toMap(TopicClaimCount::getSlug, TopicClaimCount::getClaims)));
		model.addAttribute("verdicts",
				Arrays.stream(Verdict.values())
					.collect(Collectors.toMap(Function.identity(), (verdict) -> verdicts.getOrDefault(verdict, 0L),
							(a, b) -> a, () -> new java.util.EnumMap<>(Verdict.class))));
		model.addAttribute("claimCount", allClaims.size());
		Map<Certainty, Long> certainties = allClaims.stream()
			.collect(Collectors.groupingBy(Claim::getCertainty, () -> new EnumMap<>(Certainty.class),
					Collectors.counting()));
		model.addAttribute("certainties", certainties);
		model.addAttribute("forms", this.forms.findAll(Sort.by("name")));
		model.addAttribute("sources",
				this.claims.findAssertingSources()
					.stream()
					.filter((source) -> source.getSellsSupplements() != null)
					.toList());
		return "home";
	}

}
