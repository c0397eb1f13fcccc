package com.mgsleep.kb.topic;

import java.util.stream.Collectors;

import com.mgsleep.kb.claim.ClaimRepository;
import com.mgsleep.kb.claim.ClaimRepository.TopicClaimCount;

import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /topics} and {@code /topics/{slug}}: the topics and the claims in each.
 */
@Controller
class TopicController {

	private final TopicRepository topics;

	private final ClaimRepository claims;

	TopicController(TopicRepository topics, ClaimRepository claims) {
		this.topics = topics;
		this.claims = claims;
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
	String showTopic(@PathVariable String slug, Model model) {
		Topic topic = this.topics.findById(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No topic " + slug));
		model.addAttribute("topic", topic);
		model.addAttribute("claims", this.claims.findByTopic(slug));
		return "topics/topic";
	}

}
