package com.mgsleep.kb.content.markdown;

import java.util.Set;

/**
 * Reads the files whose pages open with a bottom line: forms, topics and the home page.
 */
final class PageFileReader {

	private static final Set<String> FORM_KEYS = Set.of("name", "aliases");

	private static final Set<String> TOPIC_KEYS = Set.of("name", "description");

	private static final Set<String> HOME_KEYS = Set.of("question");

	private final ProseScanner prose;

	private final BottomLineReader bottomLines;

	PageFileReader(ProseScanner prose) {
		this.prose = prose;
		this.bottomLines = new BottomLineReader(prose);
	}

	void form(String slug, SourceFile file, YamlValue root, KnowledgeBaseBuilder builder, Problems problems) {
		YamlFields f = YamlFields.of(root, "form front matter", file.path(), FORM_KEYS, problems);
		if (f != null) {
			BottomLineReader.Split body = bottomLine(file, "/forms/" + slug, null, builder, problems);
			builder.forms.add(new ParsedForm(slug, file.at(1), f.required("name"), f.list("aliases"),
					String.join("\n", body.rest()), body.restFirstLine(), scan(file, body, problems)));
		}
	}

	void topic(String slug, SourceFile file, YamlValue root, KnowledgeBaseBuilder builder, Problems problems) {
		YamlFields f = YamlFields.of(root, "topic front matter", file.path(), TOPIC_KEYS, problems);
		if (f != null) {
			BottomLineReader.Split body = bottomLine(file, "/topics/" + slug, null, builder, problems);
			builder.topics.add(new ParsedTopic(slug, file.at(1), f.required("name"), f.required("description"),
					String.join("\n", body.rest()), body.restFirstLine(), scan(file, body, problems)));
		}
	}

	/** {@code home.md}: the home page's question and the bottom line that answers it. */
	void home(String relative, byte[] bytes, KnowledgeBaseBuilder builder, Problems problems) {
		SourceFile file = SourceFile.read(relative, bytes, problems);
		if (file == null || file.frontMatter() == null) {
			if (file != null) {
				problems.add(relative, 1, "file needs front matter between two `---` lines at the top");
			}
			return;
		}
		YamlValue root = YamlValue.parse(file.frontMatter(), file.frontMatterFirstLine(), relative, problems);
		YamlFields f = (root != null) ? YamlFields.of(root, "home page front matter", relative, HOME_KEYS, problems)
				: null;
		if (f == null) {
			return;
		}
		BottomLineReader.Split body = bottomLine(file, "/", f.required("question"), builder, problems);
		if (body.bottomLine() == null) {
			problems.add(relative, file.bodyFirstLine(),
					"the home page needs its bottom line: start the body with `" + BottomLineReader.MARKER + "`");
		}
		if (body.rest().stream().anyMatch((line) -> !line.isBlank())) {
			problems.add(relative, body.restFirstLine(),
					"the home page holds only its bottom line; move other text" + " into an article");
		}
	}

	private BottomLineReader.Split bottomLine(SourceFile file, String page, String heading,
			KnowledgeBaseBuilder builder, Problems problems) {
		BottomLineReader.Split split = this.bottomLines.split(file, page, heading, problems);
		if (split.bottomLine() != null) {
			builder.bottomLines.add(split.bottomLine());
		}
		return split;
	}

	private ProseReferences scan(SourceFile file, BottomLineReader.Split body, Problems problems) {
		return this.prose.scan(file.path(), body.rest(), body.restFirstLine(), problems);
	}

}
