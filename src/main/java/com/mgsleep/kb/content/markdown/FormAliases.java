package com.mgsleep.kb.content.markdown;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks that no alias names two forms: search and links find a form by any of its names.
 */
final class FormAliases {

	private FormAliases() {
	}

	static void check(List<ParsedForm> forms, Problems problems) {
		Map<String, String> owners = new HashMap<>();
		for (ParsedForm form : forms) {
			for (String alias : form.aliases()) {
				String owner = owners.putIfAbsent(alias.toLowerCase(Locale.ROOT), form.slug());
				if (owner != null && !owner.equals(form.slug())) {
					problems.add(form.at(), "alias `" + alias + "` is also an alias of form `" + owner + "`");
				}
			}
		}
	}

}
