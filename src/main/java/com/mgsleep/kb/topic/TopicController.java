package com.mgsleep.kb.topic;

import java.util.EnumMap;
import java.util.List;
import java.util.stream.Collectors;

import com.mgsleep.kb.claim.Claim;
import com.mgsleep.kb.claim.ClaimFilter;
import com.mgsleep.kb.claim.ClaimRepository;
import com.mgsleep.kb.claim.Verdict;
import com.mgsleep.kb.form.FormRepository;
import com.mgsleep.kb.claim.ClaimRepository.TopicClaimCount;

import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /topics} and {@code /topics/{slug}}: the topics and the claims in each.
 */
@Controller
class TopicController {

	private final TopicRepository topics;

	private final ClaimRepository claims;

	private final FormRepository forms;

	TopicController(TopicRepository topics, ClaimRepository claims, FormRepository forms) {
		this.topics = topics;
		this.claims = claims;
		this.forms = forms;
	}

	@GetMapping("/topics")
	String listTopics(Model model) {
		model.addAttribute("topics", this.topics.findAll(Sort.by("name")));
		model.addAttribute("topicCounts",
				this.claims.countByTopic()
					.stream()
					.collect(Collectors.toMap(TopicClaimCount::getSlug, TopicClaimCount::getClaims)));
		return "topics/list";
	}

	@GetMapping("/topics/{slug}")
	String showTopic(@PathVariable String slug, @RequestParam(required = false) String form,
			@RequestParam(required = false) String verdict, @RequestParam(required = false) String sort, Model model) {
		Topic topic = this.topics.findById(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No topic " + slug));
		ClaimFilter filter = new ClaimFilter(null, form, verdict, null, null, sort);
		List<Claim> matching = this.claims.findByTopic(slug)
			.stream()
			.filter(filter::matches)
			.sorted(filter.order())
			.toList();
		model.addAttribute("topic", topic);
		model.addAttribute("filter", filter);
		model.addAttribute("count", matching.size());
		model.addAttribute("claimsByVerdict", matching.stream()
			.collect(
					Collectors.groupingBy(Claim::getVerdict, () -> new EnumMap<>(Verdict.class), Collectors.toList())));
		model.addAttribute("forms", this.forms.findAll(Sort.by("name")));
		model.addAttribute("verdicts", Verdict.values());
		return "topics/topic";
	}

}
