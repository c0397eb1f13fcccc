package com.mgsleep.kb.content.markdown;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every page that answers a reader's question opens with its bottom line: the home page,
 * each topic and each form.
 */
final class BottomLineCheck {

	private BottomLineCheck() {
	}

	static void check(ParsedKnowledgeBase kb, Problems problems) {
		Set<String> pages = kb.bottomLines().stream().map(ParsedBottomLine::page).collect(Collectors.toSet());
		if (!pages.contains("/")) {
			problems.add(ContentParser.HOME_FILE, 1,
					"the home page's bottom line is missing: add `" + ContentParser.HOME_FILE
							+ "` with a `question:` in its front matter and a `" + BottomLineReader.MARKER + "` block");
		}
		for (ParsedTopic topic : kb.topics()) {
			require(pages, "/topics/" + topic.slug(), topic.at(), "topic", problems);
		}
		for (ParsedForm form : kb.forms()) {
			require(pages, "/forms/" + form.slug(), form.at(), "form", problems);
		}
	}

	private static void require(Set<String> pages, String page, SourceLine at, String what, Problems problems) {
		if (!pages.contains(page)) {
			problems.add(at, what + " page " + page + " has no bottom line; open its body with `"
					+ BottomLineReader.MARKER + "` and the answer in plain words, every sentence linking to a claim");
		}
	}

}
