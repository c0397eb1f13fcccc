package com.mgsleep.kb.content;

import java.io.PrintStream;
import java.nio.file.Path;

import com.mgsleep.kb.content.markdown.ParseResult;
import com.mgsleep.kb.content.markdown.ParsedKnowledgeBase;

/**
 * Checks the content folder without starting the application: {@code ./mvnw -q compile
 * exec:java@check-content}. Exits 0 when the content is valid, 1 with the error list when
 * not.
 */
public final class ContentCheck {

	private ContentCheck() {
	}

	public static void main(String[] args) {
		System.exit(run(args, System.out, System.err));
	}

	static int run(String[] args, PrintStream out, PrintStream err) {
		Path folder = Path.of((args.length > 0) ? args[0] : "content");
		ParseResult result = ClaimAssessor.read(folder);
		if (!result.valid()) {
			err.println(InvalidContentException.describe(result.errors()));
			return 1;
		}
		ParsedKnowledgeBase kb = result.knowledgeBase();
		out.printf("%s is valid: %d articles, %d claims, %d dosages, %d references, %d forms, %d topics%n", folder,
				kb.articles().size(), kb.claims().count(), kb.dosages().count(), kb.references().size(),
				kb.forms().size(), kb.topics().size());
		return 0;
	}

}
