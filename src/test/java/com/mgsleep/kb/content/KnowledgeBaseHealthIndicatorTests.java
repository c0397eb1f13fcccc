package com.mgsleep.kb.content;

import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link KnowledgeBaseHealthIndicator}, the readiness probe's part that waits
 * for the import.
 */
class KnowledgeBaseHealthIndicatorTests {

	@Test
	void healthWhenNotImportedThenOutOfService() {
		assertThat(new KnowledgeBaseHealthIndicator().health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
	}

	@Test
	void healthWhenImportedThenUp() {
		KnowledgeBaseHealthIndicator indicator = new KnowledgeBaseHealthIndicator();
		indicator.imported();
		assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
	}

}
