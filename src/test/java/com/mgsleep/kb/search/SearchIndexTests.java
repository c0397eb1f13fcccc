package com.mgsleep.kb.search;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The index on a small hand-made corpus: analysis, synonyms, typos, phrases, ranking,
 * facets, filters and highlighting.
 */
class SearchIndexTests {

	private static final SearchIndex index = SearchIndex.build(List.of(
			claim("oxide-sleep-onset", "Magnesium shortens the time it takes to fall asleep in older adults",
					"one trial of 46 people aged 60-75 taking 500 mg/day as oxide", "sleep-onset", "oxide", "limited",
					"b", "shop-blog"),
			claim("glycinate-calming", "Magnesium glycinate is especially calming",
					"no trial compared glycinate with other forms", "relaxation", "glycinate", "unsupported", "e",
					"shop-blog"),
			claim("rls-pilot", "Magnesium eases restless legs syndrome at night", "an open pilot study of 10 patients",
					"restless-legs", null, "limited", "c", "clinic-blog"),
			claim("melatonin-rise", "Magnesium raises melatonin in the blood",
					"the sleeping hormone rose in one small trial", "melatonin", "oxide", "limited", "b",
					"clinic-blog"),
			claim("quality-scores", "Supplements improve sleep quality scores",
					"questionnaire scores of sleep and quality of life", "sleep-quality", null, "limited", "b",
					"shop-blog"),
			claim("notes-only", "Tracker scores rise after supplements", "the study mentions glycinate only in passing",
					"sleep-stages", "citrate", "unsupported", "e", "shop-blog"),
			claim("calms", "Magnesium calms", "a claim without a study", "relaxation", null, "unsupported", "e",
					"clinic-blog"),
			new SearchDocument(ResultType.FORM, "glycinate", "Magnesium glycinate",
					"Also called bisglycinate; a chelate with glycine", "/forms/glycinate",
					Map.of(Facet.FORM, List.of("glycinate"))),
			new SearchDocument(ResultType.ARTICLE, "falling-asleep", "Falling asleep faster",
					"What the trials say about magnesium and falling asleep <script>alert(1)</script>",
					"/articles/falling-asleep", Map.of(Facet.TOPIC, List.of("sleep-onset")))),
			List.of(List.of("glycinate", "bisglycinate"), List.of("RLS", "restless legs syndrome"),
					List.of("insomnia", "sleeplessness")),
			labels());

	@Test
	void searchWhenWordHasAnotherEndingThenStemmingFindsIt() {
		assertThat(ids("sleeping")).contains("melatonin-rise", "quality-scores");
		assertThat(ids("calm")).containsExactlyInAnyOrder("glycinate-calming", "calms");
	}

	@Test
	void searchWhenExactWordThenItRanksAboveAStemmedMatch() {
		assertThat(ids("calming")).containsExactly("glycinate-calming", "calms");
	}

	@Test
	void searchWhenOnlyControlCharactersThenItIsAnEmptySearch() {
		assertThat(SearchRequest.of("\u0000\u0007 \u200b", Map.of(), 1).isEmpty()).isTrue();
	}

	@Test
	void searchWhenSynonymThenFindsTheEquivalentTerm() {
		assertThat(ids("bisglycinate")).contains("glycinate-calming", "notes-only");
		assertThat(ids("RLS")).containsExactly("rls-pilot");
		assertThat(ids("restless legs syndrome").get(0)).isEqualTo("rls-pilot");
	}

	@Test
	void searchWhenTypoThenFindsTheIntendedWord() {
		assertThat(ids("melatonn")).containsExactly("melatonin-rise");
		assertThat(ids("glycinte")).contains("glycinate-calming");
	}

	@Test
	void searchWhenShortWordWithOneEditThenDoesNotGuess() {
		assertThat(ids("RLX")).isEmpty();
	}

	@Test
	void searchWhenPhraseInQuotesThenWordsMustStandTogether() {
		assertThat(ids("\"sleep quality\"")).containsExactly("quality-scores");
		assertThat(ids("sleep quality")).contains("quality-scores");
		assertThat(ids("\"quality sleep\"")).isEmpty();
	}

	@Test
	void searchWhenClaimAndFormMatchThenClaimRanksFirst() {
		List<SearchHit> hits = search("glycinate").hits();
		assertThat(hits.get(0).type()).isEqualTo(ResultType.CLAIM);
		assertThat(hits).extracting(SearchHit::type).contains(ResultType.FORM);
	}

	@Test
	void searchWhenMatchInStatementThenRanksAboveMatchOnlyInNotes() {
		List<String> ids = ids("glycinate");
		assertThat(ids.indexOf("glycinate-calming")).isLessThan(ids.indexOf("notes-only"));
	}

	@Test
	void searchWhenQuestionThenIgnoresQuestionWordsAndFindsTheClaim() {
		assertThat(ids("does magnesium help me fall asleep").get(0)).isEqualTo("oxide-sleep-onset");
	}

	@Test
	void searchWhenFilteredThenOnlyMatchingResultsAndFacetsCountOtherValues() {
		SearchResults results = search("magnesium", Map.of(Facet.FORM, "oxide"));
		assertThat(results.hits()).extracting(SearchHit::id)
			.containsExactlyInAnyOrder("oxide-sleep-onset", "melatonin-rise");
		assertThat(results.facet(Facet.FORM)).extracting(FacetValue::value, FacetValue::count, FacetValue::selected)
			.contains(org.assertj.core.groups.Tuple.tuple("oxide", 2, true),
					org.assertj.core.groups.Tuple.tuple("glycinate", 2, false));
		assertThat(results.facet(Facet.VERDICT)).extracting(FacetValue::value).containsExactly("limited");
		assertThat(results.selectedLabel(Facet.FORM)).isEqualTo("Magnesium oxide");
	}

	@Test
	void searchWhenFiltersCombineThenAllApply() {
		SearchResults results = search("",
				Map.of(Facet.TYPE, "claim", Facet.VERDICT, "limited", Facet.SOURCE, "clinic-blog"));
		assertThat(results.hits()).extracting(SearchHit::id).containsExactlyInAnyOrder("rls-pilot", "melatonin-rise");
		assertThat(results.total()).isEqualTo(2);
	}

	@Test
	void searchWhenTopicOnlyThenListsItsClaimsAndArticles() {
		SearchResults results = search("", Map.of(Facet.TOPIC, "sleep-onset"));
		assertThat(results.hits()).extracting(SearchHit::id).containsExactly("oxide-sleep-onset", "falling-asleep");
		assertThat(results.facet(Facet.TYPE)).extracting(FacetValue::value).containsExactly("article", "claim");
	}

	@Test
	void searchWhenMatchThenTitleAndSnippetMarkTheWordsAndEscapeTheRest() {
		SearchHit article = search("falling asleep", Map.of(Facet.TYPE, "article")).hits().get(0);
		assertThat(article.title()).isEqualTo("<mark>Falling</mark> <mark>asleep</mark> faster");
		assertThat(article.snippet()).contains("<mark>falling</mark>")
			.contains("&lt;script&gt;")
			.doesNotContain("<script>");
		SearchHit typo = search("melatonn").hits().get(0);
		assertThat(typo.title()).contains("<mark>melatonin</mark>");
	}

	@Test
	void searchWhenNoTextAndNoHitsThenSnippetIsTheEscapedStart() {
		SearchHit article = search("", Map.of(Facet.TYPE, "article")).hits().get(0);
		assertThat(article.snippet()).startsWith("What the trials say").contains("&lt;script&gt;");
		assertThat(article.title()).isEqualTo("Falling asleep faster");
	}

	@ParameterizedTest
	@ValueSource(strings = { "*:*", "[* TO *]", "~", "^", "((", ")", "\"", "\"\"", "\\", "&&", "||", "!", "-", "+",
			"the of and", "?", "/", "{}", "<>", "AND OR NOT", "title:", "<b></b>", "~2 ^3" })
	void searchWhenOnlySyntaxOrStopWordsThenNoticeAndNoError(String text) {
		SearchResults results = search(text);
		assertThat(results.total()).isZero();
		assertThat(results.notice()).contains("no words to search for");
	}

	@ParameterizedTest
	@ValueSource(strings = { "glycinate*", "glycinate~2", "glycinate^10", "(glycinate", "glycinate)", "title:glycinate",
			"\"glycinate", "glycinate AND calming", "glycinate\u0000", "<b>glycinate</b>", "glycinate OR",
			"glycinate^2.5 calming~" })
	void searchWhenQuerySyntaxAroundWordsThenTreatsItAsPunctuation(String text) {
		assertThat(ids(text)).contains("glycinate-calming");
	}

	@Test
	void searchWhenManyWordsThenAnswersWithoutTooManyClauses() {
		String words = "magnesium glycinate oxide citrate sleep quality melatonin restless legs syndrome insomnia "
			.repeat(6);
		assertThat(search(words.substring(0, SearchRequest.MAX_QUERY_LENGTH - 1)).notice()).isNull();
	}

	@Test
	void searchWhenNonAsciiThenFoldsAccents() {
		assertThat(ids("mélatonin")).containsExactly("melatonin-rise");
		assertThat(search("睡眠 マグネシウム").total()).isZero();
	}

	@Test
	void searchWhenUnknownTopicThenSaysSo() {
		assertThatExceptionOfType(InvalidSearchException.class)
			.isThrownBy(() -> search("", Map.of(Facet.TOPIC, "nope")))
			.withMessage("There is no topic `nope`.");
	}

	@Test
	void searchWhenSecondPageThenContinuesTheList() {
		SearchResults all = search("", Map.of());
		assertThat(all.total()).isEqualTo(9);
		assertThat(all.pages()).isEqualTo(1);
		assertThat(index.search(new SearchRequest("", Map.of(), 2)).hits()).isEmpty();
	}

	private static SearchDocument claim(String id, String statement, String note, String topic, String form,
			String verdict, String grade, String source) {
		Map<Facet, List<String>> facets = new EnumMap<>(Facet.class);
		facets.put(Facet.TOPIC, List.of(topic));
		facets.put(Facet.FORM, (form != null) ? List.of(form) : List.of());
		facets.put(Facet.VERDICT, List.of(verdict));
		facets.put(Facet.GRADE, List.of(grade));
		facets.put(Facet.SOURCE, List.of(source));
		return new SearchDocument(ResultType.CLAIM, id, statement, note, "/claims/" + id, facets);
	}

	private static Map<Facet, Map<String, String>> labels() {
		Map<Facet, Map<String, String>> labels = new EnumMap<>(Facet.class);
		labels.put(Facet.TOPIC,
				Map.of("sleep-onset", "Falling asleep", "relaxation", "Relaxation", "restless-legs", "Restless legs",
						"melatonin", "Melatonin", "sleep-quality", "Sleep quality", "sleep-stages", "Sleep stages"));
		labels.put(Facet.FORM,
				Map.of("oxide", "Magnesium oxide", "glycinate", "Magnesium glycinate", "citrate", "Magnesium citrate"));
		labels.put(Facet.SOURCE, Map.of("shop-blog", "Shop", "clinic-blog", "Clinic"));
		return labels;
	}

	private static SearchResults search(String text) {
		return search(text, Map.of());
	}

	private static SearchResults search(String text, Map<Facet, String> filters) {
		return index.search(SearchRequest.of(text, filters, 1));
	}

	private static List<String> ids(String text) {
		return search(text).hits().stream().map(SearchHit::id).toList();
	}

}
