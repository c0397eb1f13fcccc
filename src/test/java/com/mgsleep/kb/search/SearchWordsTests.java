package com.mgsleep.kb.search;

import java.util.List;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Words kept apart, the forms and doses a query names, and "did you mean", on the sample
 * corpus.
 */
class SearchWordsTests {

	private static final SearchIndex index = SampleSearchIndex.build();

	@Test
	void searchWhenGlycinateThenTextsAboutGlycineOnlyDoNotMatch() {
		assertThat(ids("glycinate")).contains("glycinate-calming", "glycinate-bedtime").doesNotContain("glycine-dose");
		assertThat(ids("glycine")).contains("glycine-dose").doesNotContain("glycinate-calming", "glycinate-bedtime");
	}

	@Test
	void searchWhenPluralOfAFormThenFindsTheForm() {
		assertThat(ids("glycinates")).contains("glycinate-calming", "glycinate-bedtime");
		assertThat(ids("oxides")).contains("oxide-sleep-onset");
	}

	@Test
	void searchWhenGlycinateDoseThenTheGlycinateClaimLeadsAndGlycineIsLeftOut() {
		List<String> ids = ids("glycinate dose");
		assertThat(ids.get(0)).isEqualTo("glycinate-bedtime");
		assertThat(ids).doesNotContain("glycine-dose");
	}

	@Test
	void searchWhenGlycinateDoseThenAnswersAreTheFormPageAndItsDoses() {
		SearchResults results = search("glycinate dose", Map.of());
		assertThat(results.answers()).extracting(SearchHit::type, SearchHit::id)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(ResultType.FORM, "glycinate"),
					org.assertj.core.groups.Tuple.tuple(ResultType.DOSE, "dose-glycinate"),
					org.assertj.core.groups.Tuple.tuple(ResultType.DOSE, "dose-oxide"));
		assertThat(results.answers().get(1).url()).isEqualTo("/dosages#recommended");
		assertThat(results.answers().get(0).title()).isEqualTo("Magnesium <mark>glycinate</mark>");
	}

	@Test
	void searchWhenOnlyCommonWordsThenNoAnswers() {
		assertThat(search("magnesium", Map.of()).answers()).isEmpty();
		assertThat(search("calms", Map.of()).answers()).isEmpty();
	}

	@Test
	void searchWhenTypeChosenOrLaterPageThenNoAnswers() {
		assertThat(search("glycinate dose", Map.of(Facet.TYPE, "claim")).answers()).isEmpty();
		assertThat(index.search(new SearchRequest("glycinate dose", Map.of(), 2)).answers()).isEmpty();
	}

	@Test
	void searchWhenFilteredThenAnswersKeepTheFilter() {
		assertThat(search("glycinate dose", Map.of(Facet.FORM, "oxide")).answers()).extracting(SearchHit::id)
			.containsExactly("dose-oxide");
	}

	@Test
	void searchWhenMisspelledThenSuggestsTheWordsOfTheIndex() {
		assertThat(search("magnesum glycinte", Map.of()).suggestion()).isEqualTo("magnesium glycinate");
		assertThat(search("Melatonn", Map.of()).suggestion()).isEqualTo("Melatonin");
		assertThat(search("restles legs", Map.of()).suggestion()).isEqualTo("restless legs");
	}

	@Test
	void searchWhenManyMisspelledWordsThenOnlyTheWordsSearchedAreCorrected() {
		String text = String.join(" ", Collections.nCopies(QueryWords.MAX_WORDS + 3, "magnesum"));
		String expected = String.join(" ", Collections.nCopies(QueryWords.MAX_WORDS, "magnesium")) + " "
				+ String.join(" ", Collections.nCopies(3, "magnesum"));
		assertThat(search(text, Map.of()).suggestion()).isEqualTo(expected);
	}

	@Test
	void searchWhenManyDifferentMisspelledWordsThenAsManyAreCorrectedAsAreLookedUpTypoTolerantly() {
		assertThat(search("hormoen", Map.of()).suggestion()).isEqualTo("hormone");
		String words = "magnesum glycinte restles melatonn magnesum hormoen";
		assertThat(search(words, Map.of()).suggestion())
			.isEqualTo("magnesium glycinate restless melatonin magnesium hormoen");
	}

	@Test
	void searchWhenMisspelledThenAnswersAreForTheWordsMeant() {
		assertThat(search("magnesum", Map.of()).answers()).isEmpty();
		assertThat(search("glycinte", Map.of()).answers()).extracting(SearchHit::id).contains("glycinate");
	}

	@ParameterizedTest
	@ValueSource(strings = { "magnesium glycinate", "glycinate dose", "RLS", "sleeplessness", "sleeping",
			"\"sleep quality\"", "RLX", "500 mg", "睡眠" })
	void searchWhenEveryWordIsKnownOrTooShortThenNoSuggestion(String text) {
		assertThat(search(text, Map.of()).suggestion()).isNull();
	}

	@Test
	void searchWhenMarkupAroundATypoThenOnlyTheWordIsReplaced() {
		String suggestion = search("<b>magnesum</b>", Map.of()).suggestion();
		assertThat(suggestion).isEqualTo("<b>magnesium</b>");
	}

	private static SearchResults search(String text, Map<Facet, String> filters) {
		return index.search(SearchRequest.of(text, filters, 1));
	}

	private static List<String> ids(String text) {
		return search(text, Map.of()).hits().stream().map(SearchHit::id).toList();
	}

}
