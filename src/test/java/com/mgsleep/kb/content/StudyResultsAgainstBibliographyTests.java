package com.mgsleep.kb.content;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.mgsleep.kb.content.markdown.ContentParser;
import com.mgsleep.kb.content.markdown.ParsedKnowledgeBase;
import com.mgsleep.kb.content.markdown.ParsedReference;
import com.mgsleep.kb.content.markdown.ParsedResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every study in people that measured a sleep outcome is in an evidence table, and every
 * number in a table row is one the checked bibliography gives for that reference (its
 * JSON note, or the Markdown lines that name it). The second check needs the shared
 * folder named by {@code KB_SHARED_DIR}.
 */
class StudyResultsAgainstBibliographyTests {

	private static final Set<String> HUMAN_STUDIES = Set.of("meta-analysis", "systematic-review", "rct",
			"crossover-rct", "open-label", "cohort", "cross-sectional");

	/**
	 * Studies in people that have no sleep outcome of magnesium: glycine alone, and leg
	 * cramps.
	 */
	private static final Set<String> NO_SLEEP_OUTCOME_OF_MAGNESIUM = Set.of("bannai-2012", "yamadera-2007",
			"inagawa-2006", "supakatisant-2015", "dahle-1995", "nygaard-2008", "luo-2020-cochrane",
			"garrison-2020-cochrane");

	/** The works of the bibliography's section 5 that report a human sleep outcome. */
	private static final List<String> FURTHER_EVIDENCE = List.of("rawji-2024", "ikonte-2019",
			"nutrients-2023-hypomagnesemia-eds", "al-musharaf-2026", "lopresti-smith-2026", "jadidi-2023",
			"gonzalez-parejo-2024", "chan-lo-2021", "liaqat-2023", "schuster-2025");

	private static ParsedKnowledgeBase content;

	@BeforeAll
	static void parseContent() {
		content = new ContentParser().parse(Path.of("content")).knowledgeBase();
	}

	@Test
	void everyStudyInPeopleWithASleepOutcomeHasResults() {
		List<String> without = content.references()
			.stream()
			.filter((reference) -> HUMAN_STUDIES.contains(reference.design()))
			.filter((reference) -> !NO_SLEEP_OUTCOME_OF_MAGNESIUM.contains(reference.key()))
			.filter((reference) -> reference.results().isEmpty())
			.map(ParsedReference::key)
			.toList();
		assertThat(without).as("studies in people without results").isEmpty();
		Set<String> withResults = content.references()
			.stream()
			.filter((reference) -> !reference.results().isEmpty())
			.map(ParsedReference::key)
			.collect(Collectors.toSet());
		assertThat(withResults).containsAll(FURTHER_EVIDENCE)
			.contains("abbasi-2012", "held-2002", "nielsen-2010", "hausenblas-2024", "breus-2024", "rondanelli-2011",
					"mah-pitre-2021", "arab-2023", "cao-2018", "zhang-2022-cardia", "hornyak-1998");
	}

	@Test
	@EnabledIfEnvironmentVariable(named = "KB_SHARED_DIR", matches = ".+")
	void everyNumberInATableRowIsGivenByTheCheckedBibliography() throws IOException {
		Path reference = Path.of(System.getenv("KB_SHARED_DIR")).resolve("reference");
		Map<String, String> notes = new HashMap<>();
		for (JsonNode entry : JsonMapper.builder().build().readTree(reference.resolve("bibliography.json"))) {
			notes.put(entry.path("id").asString(), entry.path("note").asString());
		}
		List<String> markdown = Files.readAllLines(reference.resolve("bibliography.md"), StandardCharsets.UTF_8);
		List<String> unsourced = new ArrayList<>();
		int checked = 0;
		for (ParsedReference study : content.references()) {
			String source = notes.getOrDefault(study.key(), "") + "\n" + String.join("\n",
					markdown.stream().filter((line) -> line.contains("`" + study.key() + "`")).toList());
			for (ParsedResult result : study.results()) {
				for (String number : numbers(result)) {
					checked++;
					if (!source.contains(number)) {
						unsourced.add(study.key() + " " + result.outcome() + ": " + number);
					}
				}
			}
		}
		assertThat(checked).as("numbers checked").isGreaterThanOrEqualTo(20);
		assertThat(unsourced).as("numbers the bibliography does not give").isEmpty();
	}

	/** The numbers of a result as the bibliography would print them, without a sign. */
	private static List<String> numbers(ParsedResult result) {
		Stream<String> values = Stream.of(result.value(), result.low(), result.high())
			.filter((value) -> value != null)
			.map((value) -> BigDecimal.valueOf(Math.abs(value)).stripTrailingZeros().toPlainString());
		Stream<String> p = Stream.ofNullable(result.p()).map((text) -> text.replaceAll("[<>=\\s]", ""));
		return Stream.concat(values, p).toList();
	}

}
