package com.mgsleep.kb.web.topic;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.mgsleep.kb.claim.ClaimRepository;
import com.mgsleep.kb.claim.ClaimRepository.TopicClaimCount;
import com.mgsleep.kb.topic.TopicRepository;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/topics}: every topic with its number of claims.
 */
@RestController
class TopicApiController {

	private final TopicRepository topics;

	private final ClaimRepository claims;

	TopicApiController(TopicRepository topics, ClaimRepository claims) {
		this.topics = topics;
		this.claims = claims;
	}

	@GetMapping("/api/topics")
	@Operation(summary = "Lists every topic with its number of claims")
	List<TopicJson> listTopics() {
		Map<String, Long> counts = this.claims.countByTopic()
			.stream()
			.collect(Collectors.toMap(TopicClaimCount::getSlug, TopicClaimCount::getClaims));
		return this.topics.findAll(Sort.by("name"))
			.stream()
			.map((topic) -> new TopicJson(topic.getSlug(), topic.getName(), topic.getDescription(),
					counts.getOrDefault(topic.getSlug(), 0L)))
			.toList();
	}

	/** A topic as the JSON API shows it. */
	@Schema(name = "Topic", description = "A topic claims are grouped by")
	record TopicJson(@Schema(description = "The slug, as in /topics/{slug}") String slug,
			@Schema(description = "The name") String name, @Schema(description = "One sentence") String description,
			@Schema(description = "How many claims it has") long claimCount) {
	}

}
