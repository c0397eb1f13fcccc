package com.mgsleep.kb.content;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Prints the content errors, and nothing else, when the knowledge base stops the start.
 */
class InvalidContentFailureAnalyzer extends AbstractFailureAnalyzer<InvalidContentException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidContentException cause) {
		return new FailureAnalysis("The knowledge base has " + cause.getMessage(),
				"Fix each error at the file and line shown, then start again. To check the content without starting"
						+ " the server, run ./mvnw -q compile exec:java@check-content",
				cause);
	}

}
