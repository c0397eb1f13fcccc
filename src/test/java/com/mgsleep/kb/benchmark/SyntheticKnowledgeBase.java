package com.mgsleep.kb.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a large, valid content folder for the benchmark: articles full of claims whose
 * words are drawn, with the skewed frequencies of real text, from the words of the real
 * knowledge base, so that queries hit posting lists of realistic lengths.
 */
final class SyntheticKnowledgeBase {

	static final String[] TOPICS = { "falling-asleep", "staying-asleep", "sleep-quality", "insomnia", "melatonin",
			"stress-cortisol", "gaba-nervous-system", "muscles-cramps", "restless-legs", "dosage-timing",
			"forms-absorption", "safety", "intake-deficiency", "evidence-quality", "glycine", "pregnancy",
			"sleep-stages", "next-day-energy", "roles-in-the-body", "diet" };

	static final String[] FORMS = { "glycinate", "citrate", "oxide", "sulfate", "malate", "taurate", "l-threonate",
			"chloride" };

	/**
	 * The verdicts one supporting trial can carry: the content check rejects any verdict
	 * that claims more than its evidence allows.
	 */
	private static final String[] VERDICTS = { "limited", "general-advice" };

	private static final int STUDIES = 200;

	private static final int SOURCES = 20;

	private final Random random;

	private final List<String> vocabulary;

	SyntheticKnowledgeBase(long seed, List<String> vocabulary) {
		this.random = new Random(seed);
		this.vocabulary = vocabulary;
	}

	/** The words of the real content, in text order, repeated as often as they occur. */
	static List<String> vocabularyOf(Path content) throws IOException {
		List<String> words = new ArrayList<>();
		Pattern word = Pattern.compile("\\b[a-z][a-z-]{2,}\\b");
		try (var files = Files.walk(content)) {
			for (Path file : files.filter((p) -> p.toString().endsWith(".md")).toList()) {
				Matcher matcher = word.matcher(Files.readString(file).toLowerCase(Locale.ROOT));
				while (matcher.find()) {
					words.add(matcher.group());
				}
			}
		}
		return words;
	}

	void write(Path folder, int articles, int claimsPerArticle) throws IOException {
		Files.createDirectories(folder.resolve("articles"));
		Files.createDirectories(folder.resolve("topics"));
		Files.createDirectories(folder.resolve("forms"));
		Files.createDirectories(folder.resolve("references"));
		for (String topic : TOPICS) {
			Files.writeString(folder.resolve("topics/" + topic + ".md"), "---\nname: " + title(topic)
					+ "\ndescription: " + sentence(12) + "\n---\n" + bottomLine() + "\n" + sentence(40) + "\n");
		}
		for (String form : FORMS) {
			Files.writeString(folder.resolve("forms/" + form + ".md"), "---\nname: Magnesium " + form + "\naliases: ["
					+ form + "]\n---\n" + bottomLine() + "\n" + sentence(60) + "\n");
		}
		Files.writeString(folder.resolve("home.md"),
				"---\nquestion: Does magnesium help you sleep?\n---\n" + bottomLine());
		Files.writeString(folder.resolve("references/generated.md"), references());
		Files.writeString(folder.resolve("synonyms.md"),
				"- glycinate, bisglycinate\n- RLS, restless legs syndrome\n- UL, upper limit\n- insomnia, sleeplessness\n");
		for (int a = 0; a < articles; a++) {
			Files.writeString(folder.resolve("articles/article-" + a + ".md"), article(a, claimsPerArticle));
		}
	}

	private String references() {
		StringBuilder out = new StringBuilder("---\nreferences:\n");
		for (int s = 0; s < STUDIES; s++) {
			out.append("- id: study-")
				.append(s)
				.append("\n  type: article-journal\n  title: '")
				.append(title(sentence(10)))
				.append("'\n  author:\n  - {family: Author")
				.append(s)
				.append(", given: Ann}\n  container-title: Journal of ")
				.append(title(word()))
				.append("\n  issued: {date-parts: [[")
				.append(1990 + s % 35)
				.append("]]}\n  design: rct\n  status: verified\n  population: ")
				.append(sentence(6))
				.append("\n  participants: ")
				.append(20 + s)
				.append("\n  dose: ")
				.append(100 + s)
				.append(" mg elemental magnesium per day\n");
		}
		for (int s = 0; s < SOURCES; s++) {
			out.append("- id: source-")
				.append(s)
				.append("\n  type: post-weblog\n  title: ")
				.append(title(sentence(6)))
				.append("\n  publisher: Publisher ")
				.append(s)
				.append("\n  design: web-article\n  status: verified\n  sells-supplements: ")
				.append(s % 2 == 0)
				.append('\n');
		}
		return out.append("---\n").toString();
	}

	private String article(int number, int claims) {
		StringBuilder out = new StringBuilder("---\ntitle: ").append(title(sentence(7)))
			.append("\nsummary: ")
			.append(sentence(20))
			.append("\ntopics: [")
			.append(pick(TOPICS))
			.append("]\nlast-reviewed: 2026-11-23\n---\n");
		for (int c = 0; c < claims; c++) {
			out.append(sentence(40)).append(" [@study-").append(this.random.nextInt(STUDIES)).append("].\n\n");
			out.append("> [!claim] claim-")
				.append(number)
				.append('-')
				.append(c)
				.append("\n> ")
				.append(capitalized(sentence(18)))
				.append(".\n>\n> - topics: ")
				.append(pick(TOPICS))
				.append(", ")
				.append(pick(TOPICS))
				.append('\n');
			if (this.random.nextBoolean()) {
				out.append("> - forms: ").append(pick(FORMS)).append('\n');
			}
			out.append("> - verdict: ")
				.append(pick(VERDICTS))
				.append(": ")
				.append(sentence(12))
				.append("\n> - supports: [@study-")
				.append(this.random.nextInt(STUDIES))
				.append(": ")
				.append(sentence(10))
				.append("]\n> - asserted-by: [@source-")
				.append(this.random.nextInt(SOURCES))
				.append(": ")
				.append(sentence(8))
				.append("]\n\n");
		}
		return out.toString();
	}

	/** Every page's answer box links the first claim, which every article count has. */
	private String bottomLine() {
		return "> [!bottom-line]\n> " + capitalized(sentence(12)) + " ([claim](/claims/claim-0-0)).\n";
	}

	private String sentence(int words) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < words; i++) {
			out.append((i > 0) ? " " : "").append(word());
		}
		return out.toString();
	}

	/** A word with the frequency it has in the real content. */
	private String word() {
		return this.vocabulary.get(this.random.nextInt(this.vocabulary.size()));
	}

	private String pick(String[] values) {
		return values[this.random.nextInt(values.length)];
	}

	private static String capitalized(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	private static String title(String text) {
		return capitalized(text.replace('-', ' ')).replace("'", "");
	}

}
