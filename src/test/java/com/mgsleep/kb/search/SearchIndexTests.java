package com.mgsleep.kb.search;

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

	private static final SearchIndex index = SampleSearchIndex.build();

	@Test
	void searchWhenWordHasAnotherEndingThenStemmingFindsIt() {
		assertThat(ids("sleeping")).contains("melatonin-rise", "quality-scores");
		assertThat(ids("calm")).containsExactlyInAnyOrder("glycinate-calming", "calms");
	}

	@Test
	void searchWhenTheSameRequestAgainThenTheKeptResultsAnswerIt() {
		SearchResults first = SampleSearchIndex.search(SearchRequest.of("sleep quality", Map.of(), 1));
		assertThat(SampleSearchIndex.search(SearchRequest.of("sleep quality", Map.of(), 1))).isSameAs(first);
		assertThat(SampleSearchIndex.search(SearchRequest.of("sleep quality", Map.of(), 2))).isNotSameAs(first);
		assertThat(SampleSearchIndex.search(SearchRequest.of("sleep", Map.of(), 1))).isNotSameAs(first);
	}

	@Test
	void searchResultsWhenKeptThenTheyCannotBeChanged() {
		SearchResults results = SampleSearchIndex.search(SearchRequest.of("glycinate", Map.of(), 1));
		assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> results.hits().clear());
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> results.facets().remove(Facet.TOPIC));
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
			.containsExactlyInAnyOrder("oxide-sleep-onset", "melatonin-rise", "dose-oxide");
		assertThat(results.facet(Facet.FORM)).extracting(FacetValue::value, FacetValue::count, FacetValue::selected)
			.contains(org.assertj.core.groups.Tuple.tuple("oxide", 3, true),
					org.assertj.core.groups.Tuple.tuple("glycinate", 2, false));
		assertThat(results.facet(Facet.VERDICT)).extracting(FacetValue::value).containsExactly("limited");
		assertThat(results.selectedLabel(Facet.FORM)).isEqualTo("Magnesium oxide");
	}

	@Test
	void searchWhenFiltersCombineThenAllApply() {
		SearchResults results = search("",
				Map.of(Facet.TYPE, "claim", Facet.VERDICT, "limited", Facet.SOURCE, "clinic-blog"));
		assertThat(results.hits()).extracting(SearchHit::id)
			.containsExactlyInAnyOrder("rls-pilot", "melatonin-rise", "glycine-dose");
		assertThat(results.total()).isEqualTo(3);
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
			.satisfies((ex) -> assertThat(ex.getMessage()).isEqualTo("There is no topic `nope`."));
	}

	@Test
	void searchWhenSecondPageThenContinuesTheList() {
		SearchResults all = search("", Map.of());
		assertThat(all.total()).isEqualTo(13);
		assertThat(all.pages()).isEqualTo(1);
		assertThat(index.search(new SearchRequest("", Map.of(), 2)).hits()).isEmpty();
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
