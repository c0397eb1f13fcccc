package com.mgsleep.kb.content;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health {@code knowledgeBase}, part of the readiness probe: out of service until the
 * content has been imported and everything built from it (the search index) is there, so
 * that a load balancer sends no reader to an instance that could only answer errors or
 * empty pages. {@link KnowledgeBaseLoader} says when.
 */
@Component
class KnowledgeBaseHealthIndicator implements HealthIndicator {

	private volatile boolean imported;

	void imported() {
		this.imported = true;
	}

	@Override
	public Health health() {
		return this.imported ? Health.up().build() : Health.outOfService().build();
	}

}
