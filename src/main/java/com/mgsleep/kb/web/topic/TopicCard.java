package com.mgsleep.kb.web.topic;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.mgsleep.kb.claim.ClaimRepository;
import com.mgsleep.kb.claim.ClaimRepository.TopicClaimCount;
import com.mgsleep.kb.topic.TopicRepository;

import org.springframework.data.domain.Sort;

/**
 * A topic in a list, with its number of claims.
 *
 * @param url its page
 * @param name its name
 * @param description one sentence
 * @param claimCount how many claims it has
 */
public record TopicCard(String url, String name, String description, long claimCount) {

	/**
	 * Every topic by name.
	 * @param topics the topics
	 * @param claims the claims, to count them per topic
	 * @return the cards
	 */
	public static List<TopicCard> all(TopicRepository topics, ClaimRepository claims) {
		Map<String, Long> counts = claims.countByTopic()
			.stream()
			.collect(Collectors.toMap(TopicClaimCount::getSlug, TopicClaimCount::getClaims));
		return topics.findAll(Sort.by("name"))
			.stream()
			.map((topic) -> new TopicCard(topic.getUrl(), topic.getName(), topic.getDescription(),
					counts.getOrDefault(topic.getSlug(), 0L)))
			.toList();
	}

}
