package com.mgsleep.kb.content;

import com.mgsleep.kb.search.UnusableTempFolderException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * One clear line, not a stack trace, when the temporary folder cannot be used.
 */
class UnusableTempFolderFailureAnalyzer extends AbstractFailureAnalyzer<UnusableTempFolderException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, UnusableTempFolderException cause) {
		return new FailureAnalysis("The application cannot start: " + cause.getMessage() + ".",
				"Point java.io.tmpdir at a writable folder with free space, for example"
						+ " java -Djava.io.tmpdir=/var/tmp/kb -jar ..., or free space in " + cause.getFolder() + ".",
				cause);
	}

}
