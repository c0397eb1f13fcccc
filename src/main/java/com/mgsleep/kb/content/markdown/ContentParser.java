package com.mgsleep.kb.content.markdown;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Turns a content folder into a {@link ParsedKnowledgeBase}, collecting every error
 * instead of stopping at the first. Cross-file rules are checked by
 * {@link ContentValidator}.
 */
public final class ContentParser {

	private static final Set<String> ARTICLE_KEYS = Set.of("title", "summary", "topics", "last-reviewed", "changes");

	private static final List<String> FOLDERS = List.of("articles", "forms", "topics", "references");

	/** The one file besides the synonym list that stands at the top of the folder. */
	static final String HOME_FILE = "home.md";

	private final ProseScanner prose;

	private final ArticleBodyParser articles;

	private final PageFileReader pages;

	public ContentParser() {
		this.prose = new ProseScanner(new MarkdownSyntax());
		this.articles = new ArticleBodyParser(this.prose);
		this.pages = new PageFileReader(this.prose);
	}

	/**
	 * Parses and validates a content folder.
	 * @param folder the content folder
	 * @return the knowledge base and every error, sorted
	 */
	public ParseResult parse(Path folder) {
		Problems problems = new Problems();
		KnowledgeBaseBuilder builder = new KnowledgeBaseBuilder();
		if (!Files.isDirectory(folder)) {
			problems.add(folder.toString(), 1, "content folder does not exist; set kb.content-dir (KB_CONTENT_DIR)");
			return new ParseResult(builder.build(), problems.sorted());
		}
		// files are independent until the cross-file checks: read them on every
		// core, then merge them in file order, so that results and error lists
		// never depend on timing
		List<Path> files = markdownFiles(folder);
		List<ParseResult> parsed = files.parallelStream().map((file) -> {
			String relative = folder.relativize(file).toString().replace('\\', '/');
			try {
				return parseFile(relative, Files.readAllBytes(file));
			}
			catch (IOException ex) {
				return failed(relative, "cannot read file: " + ex.getMessage());
			}
			catch (StackOverflowError ex) {
				// the limits in SourceFile keep known cases out; this keeps any other one
				// from stopping the check of every other file
				return failed(relative, "the Markdown in this file nests too deeply to parse; flatten its lists,"
						+ " quotes and emphasis");
			}
		}).toList();
		SourceLine brokenBibliography = null;
		for (int i = 0; i < parsed.size(); i++) {
			ParseResult result = parsed.get(i);
			builder.add(result.knowledgeBase());
			problems.addAll(result.errors());
			if (brokenBibliography == null && lostItsReferences(files.get(i), folder, result)) {
				ContentError first = result.errors().get(0);
				brokenBibliography = new SourceLine(first.file(), first.line());
			}
		}
		ParsedKnowledgeBase knowledgeBase = builder.build();
		new ContentValidator(knowledgeBase, problems, brokenBibliography).validate();
		return new ParseResult(knowledgeBase, problems.sorted());
	}

	/**
	 * Parses one file as if it stood at {@code relative} in a content folder; used by the
	 * parser's fuzz test and by tools that check a single file.
	 * @param relative path such as {@code articles/x.md}
	 * @param bytes the file's content
	 * @return what the file holds and its own errors (no cross-file checks)
	 */
	public ParseResult parseFile(String relative, byte[] bytes) {
		Problems problems = new Problems();
		KnowledgeBaseBuilder builder = new KnowledgeBaseBuilder();
		parseFile(relative, bytes, builder, problems);
		return new ParseResult(builder.build(), problems.sorted());
	}

	/** A bibliography file whose errors left no entry readable. */
	private static boolean lostItsReferences(Path file, Path folder, ParseResult result) {
		return folder.relativize(file).toString().replace('\\', '/').startsWith("references/")
				&& !result.errors().isEmpty() && result.knowledgeBase().references().isEmpty();
	}

	private static ParseResult failed(String relative, String message) {
		return new ParseResult(new KnowledgeBaseBuilder().build(), List.of(new ContentError(relative, 1, message)));
	}

	private static List<Path> markdownFiles(Path folder) {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile)
				.filter((path) -> path.getFileName().toString().endsWith(".md"))
				.filter((path) -> !path.getFileName().toString().equalsIgnoreCase("README.md"))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void parseFile(String relative, byte[] bytes, KnowledgeBaseBuilder builder, Problems problems) {
		if (relative.equals(HOME_FILE)) {
			this.pages.home(relative, bytes, builder, problems);
			return;
		}
		if (relative.equals(SynonymListParser.FILE)) {
			SourceFile file = SourceFile.read(relative, bytes, problems);
			if (file != null) {
				builder.synonyms.addAll(new SynonymListParser().parse(file, problems));
			}
			return;
		}
		String[] parts = relative.split("/");
		String folder = (parts.length == 2) ? parts[0] : "";
		String slug = parts[parts.length - 1].replaceFirst("\\.md$", "");
		if (!FOLDERS.contains(folder)) {
			problems.add(relative, 1,
					"file is outside the known folders; move it into one of " + String.join(", ", FOLDERS) + " (only `"
							+ SynonymListParser.FILE + "` and `" + HOME_FILE + "` stand at the top)");
			return;
		}
		if (!Vocabulary.SLUG.matcher(slug).matches()) {
			problems.add(relative, 1,
					"file name `" + slug + ".md` is not a slug; use lowercase letters, digits and hyphens");
		}
		SourceFile file = SourceFile.read(relative, bytes, problems);
		if (file == null) {
			return;
		}
		if (file.frontMatter() == null) {
			problems.add(relative, 1, "file needs front matter between two `---` lines at the top");
			return;
		}
		YamlValue root = YamlValue.parse(file.frontMatter(), file.frontMatterFirstLine(), relative, problems);
		if (root == null) {
			return;
		}
		switch (folder) {
			case "articles" -> article(slug, file, root, builder, problems);
			case "forms" -> this.pages.form(slug, file, root, builder, problems);
			case "topics" -> this.pages.topic(slug, file, root, builder, problems);
			default -> builder.references.addAll(ReferenceReader.read(file, root, problems));
		}
	}

	private void article(String slug, SourceFile file, YamlValue root, KnowledgeBaseBuilder builder,
			Problems problems) {
		YamlFields f = YamlFields.of(root, "article front matter", file.path(), ARTICLE_KEYS, problems);
		if (f == null) {
			return;
		}
		String title = f.required("title");
		String summary = f.required("summary");
		List<String> topics = f.list("topics");
		LocalDate reviewed = f.date("last-reviewed");
		ArticleBodyParser.Body body = this.articles.parse(file, problems);
		builder.articles.add(new ParsedArticle(slug, file.at(1), title, summary, topics, reviewed, body.segments(),
				body.claims(), body.tables(), body.disagreements(), body.references(),
				ChangeList.fromYaml(f.raw("changes"), file.path(), problems)));
	}

}
