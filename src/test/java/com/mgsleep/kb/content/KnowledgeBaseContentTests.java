package com.mgsleep.kb.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.mgsleep.kb.content.markdown.ContentError;
import com.mgsleep.kb.content.markdown.ContentParser;
import com.mgsleep.kb.content.markdown.ParseResult;
import com.mgsleep.kb.content.markdown.ParsedClaim;
import com.mgsleep.kb.content.markdown.ParsedReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks the real {@code content/} folder: it parses without errors, covers the five seed
 * articles, copies its identifiers exactly from the checked bibliography and copies no
 * sentences from the seeds. The last two checks need the shared folder named by
 * {@code KB_SHARED_DIR}.
 */
class KnowledgeBaseContentTests {

	private static final Path CONTENT = Path.of("content");

	private static final String SHARED_DIR = "KB_SHARED_DIR";

	private static final List<String> SEEDS = List.of("role-of-magnesium-and-sleep", "magnesium-glycinate-better-sleep",
			"usa-medical-2025", "topvitamine-2025", "alaska-sleep-magnesium");

	private static final int RUN_LENGTH = 10;

	private static final Pattern WORD = Pattern.compile("[a-z0-9]+");

	private static final Pattern APOSTROPHE = Pattern.compile("['\u2018\u2019]");

	private static ParseResult result;

	@BeforeAll
	static void parseContent() {
		result = new ContentParser().parse(CONTENT);
	}

	@Test
	void contentParsesWithoutErrors() {
		List<ContentError> errors = result.errors();
		assertThat(errors)
			.withFailMessage(() -> errors.size() + " content errors:\n"
					+ errors.stream().map(ContentError::toString).collect(Collectors.joining("\n")))
			.isEmpty();
	}

	@Test
	void contentHasAtLeastOneHundredClaims() {
		assertThat(claims()).hasSizeGreaterThanOrEqualTo(100);
	}

	@Test
	void everyClaimHasATopic() {
		List<String> withoutTopic = claims().stream()
			.filter((claim) -> claim.topics() == null || claim.topics().isEmpty())
			.map(ParsedClaim::id)
			.toList();
		assertThat(withoutTopic).withFailMessage(() -> "claims without a topic: " + withoutTopic).isEmpty();
	}

	@Test
	void everySeedAssertsAtLeastOneClaim() {
		Map<String, Long> asserted = claims().stream()
			.flatMap((claim) -> claim.citations().stream())
			.filter((citation) -> "asserted-by".equals(citation.role()))
			.collect(Collectors.groupingBy((citation) -> citation.use().key(), Collectors.counting()));
		List<String> silent = SEEDS.stream().filter((seed) -> !asserted.containsKey(seed)).toList();
		assertThat(silent).withFailMessage(() -> "seeds that assert no claim: " + silent).isEmpty();
	}

	@Test
	@EnabledIfEnvironmentVariable(named = SHARED_DIR, matches = ".+")
	void identifiersMatchCheckedBibliography() {
		Path file = sharedDir().resolve("reference").resolve("bibliography.json");
		assertThat(file).withFailMessage("checked bibliography %s is missing", file).isRegularFile();
		JsonNode root = JsonMapper.builder().build().readTree(file);
		assertThat(root.isArray() && !root.isEmpty()).withFailMessage("%s is not a non-empty JSON array", file)
			.isTrue();
		Map<String, JsonNode> bibliography = new HashMap<>();
		for (JsonNode entry : root) {
			bibliography.put(entry.path("id").asString(), entry);
		}
		List<ParsedReference> references = result.knowledgeBase().references();
		assertThat(references).isNotEmpty();
		List<String> mismatches = new ArrayList<>();
		List<String> unknown = new ArrayList<>();
		for (ParsedReference reference : references) {
			JsonNode entry = bibliography.get(reference.key());
			if (entry == null) {
				if (!reference.secondary()) {
					unknown.add(reference.key());
				}
				continue;
			}
			compare(mismatches, reference.key(), "DOI", reference.doi(), entry);
			compare(mismatches, reference.key(), "PMID", reference.pmid(), entry);
			compare(mismatches, reference.key(), "PMCID", reference.pmcid(), entry);
		}
		assertThat(mismatches)
			.withFailMessage(
					() -> "identifiers differ from the checked bibliography:\n" + String.join("\n", mismatches))
			.isEmpty();
		assertThat(unknown)
			.withFailMessage(
					() -> "references that are not web articles and not in the checked bibliography: " + unknown)
			.isEmpty();
	}

	@Test
	@EnabledIfEnvironmentVariable(named = SHARED_DIR, matches = ".+")
	void noRunOfTenWordsIsCopiedFromASeed() throws IOException {
		Path seeds = sharedDir().resolve("seeds");
		assertThat(seeds).withFailMessage("seed folder %s is missing", seeds).isDirectory();
		List<Path> seedFiles = files(seeds, ".txt");
		assertThat(seedFiles).withFailMessage("no .txt seed articles in %s", seeds).isNotEmpty();
		Set<String> seedRuns = new HashSet<>();
		for (Path seed : seedFiles) {
			seedRuns.addAll(runs(words(Files.readString(seed, StandardCharsets.UTF_8))));
		}
		List<String> copied = new ArrayList<>();
		for (Path file : files(CONTENT, ".md")) {
			String relative = CONTENT.relativize(file).toString().replace('\\', '/');
			if (relative.startsWith("references/")) {
				continue;
			}
			List<String> words = words(Files.readString(file, StandardCharsets.UTF_8));
			for (String run : runs(words)) {
				if (seedRuns.contains(run)) {
					copied.add(relative + ": " + run);
				}
			}
		}
		assertThat(copied)
			.withFailMessage(() -> copied.size() + " runs of " + RUN_LENGTH + " words also occur in a seed:\n"
					+ String.join("\n", copied))
			.isEmpty();
	}

	private static List<ParsedClaim> claims() {
		return result.knowledgeBase().claims().toList();
	}

	private static Path sharedDir() {
		String value = System.getenv(SHARED_DIR);
		assertThat(value).withFailMessage("%s is not set", SHARED_DIR).isNotBlank();
		return Path.of(value);
	}

	private static void compare(List<String> mismatches, String key, String field, String actual, JsonNode entry) {
		JsonNode node = entry.get(field);
		String expected = (node == null || node.isNull() || node.isMissingNode()) ? null : node.asString();
		if (!Objects.equals(expected, actual)) {
			mismatches.add(key + " " + field + ": content has " + describe(actual) + ", bibliography has "
					+ describe(expected));
		}
	}

	private static String describe(String value) {
		return (value != null) ? "`" + value + "`" : "none";
	}

	private static List<Path> files(Path folder, String extension) throws IOException {
		try (Stream<Path> paths = Files.walk(folder)) {
			return paths.filter(Files::isRegularFile)
				.filter((path) -> path.getFileName().toString().endsWith(extension))
				.sorted()
				.toList();
		}
	}

	private static List<String> words(String text) {
		String normalized = APOSTROPHE.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
		List<String> words = new ArrayList<>();
		Matcher matcher = WORD.matcher(normalized);
		while (matcher.find()) {
			words.add(matcher.group());
		}
		return words;
	}

	private static List<String> runs(List<String> words) {
		List<String> runs = new ArrayList<>();
		for (int i = 0; i + RUN_LENGTH <= words.size(); i++) {
			runs.add(String.join(" ", words.subList(i, i + RUN_LENGTH)));
		}
		return runs;
	}

}
