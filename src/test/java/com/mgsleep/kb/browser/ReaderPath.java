package com.mgsleep.kb.browser;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.mgsleep.kb.SiteClient;

/**
 * A path a reader can take through the real content: from a topic to a claim in it, to a
 * study that claim cites, and on to another claim that cites the same study. Picked from
 * the JSON API, the first such path in reading order.
 *
 * @param topicUrl the topic page
 * @param topicName the topic's heading
 * @param claimUrl the first claim's page
 * @param claimStatement the first claim's heading
 * @param citationUrl the study's page
 * @param citationTitle the study's heading
 * @param otherClaimUrl the page of another claim citing the study
 * @param otherClaimStatement that claim's heading
 */
record ReaderPath(String topicUrl, String topicName, String claimUrl, String claimStatement, String citationUrl,
		String citationTitle, String otherClaimUrl, String otherClaimStatement) {

	@SuppressWarnings("unchecked")
	static ReaderPath find(SiteClient site) {
		Map<String, Map<String, Object>> claims = site.getList("/api/claims")
			.stream()
			.collect(Collectors.toMap((claim) -> (String) claim.get("id"), (claim) -> claim, (a, b) -> a,
					java.util.LinkedHashMap::new));
		Set<String> studies = site.getList("/api/citations")
			.stream()
			.filter((citation) -> Boolean.FALSE.equals(citation.get("secondary")))
			.map((citation) -> (String) citation.get("key"))
			.collect(Collectors.toSet());
		for (Map<String, Object> claim : claims.values()) {
			for (Map<String, Object> cited : (List<Map<String, Object>>) claim.get("citations")) {
				String key = (String) cited.get("key");
				if (!studies.contains(key)) {
					continue;
				}
				Map<String, Object> citation = site.getObject("/api/citations/" + key);
				for (Map<String, Object> citing : (List<Map<String, Object>>) citation.get("claims")) {
					Map<String, Object> other = claims.get(citing.get("id"));
					if (other != null && !other.get("id").equals(claim.get("id"))) {
						String topic = ((List<String>) claim.get("topics")).get(0);
						String topicName = site.getList("/api/topics")
							.stream()
							.filter((t) -> topic.equals(t.get("slug")))
							.map((t) -> (String) t.get("name"))
							.findFirst()
							.orElseThrow();
						return new ReaderPath("/topics/" + topic, topicName, (String) claim.get("url"),
								(String) claim.get("statement"), "/citations/" + key, (String) citation.get("title"),
								(String) other.get("url"), (String) other.get("statement"));
					}
				}
			}
		}
		throw new IllegalStateException("No two claims in the content cite the same study");
	}

}
