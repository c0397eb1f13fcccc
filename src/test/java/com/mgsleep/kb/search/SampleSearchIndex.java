package com.mgsleep.kb.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.util.FileSystemUtils;

/**
 * A small hand-made corpus: nine claims, a form, two doses and an article, with four
 * synonym groups.
 */
public final class SampleSearchIndex {

	private static SearchIndex shared;

	private SampleSearchIndex() {
	}

	/**
	 * Searches one index of the sample corpus, built on first use; for other packages'
	 * tests.
	 */
	public static SearchResults search(SearchRequest request) {
		return shared().search(request);
	}

	/** The sample corpus' topics by claims. */
	public static List<FacetValue> topicsByClaims() {
		return shared().topicsByClaims();
	}

	private static synchronized SearchIndex shared() {
		if (shared == null) {
			shared = build();
		}
		return shared;
	}

	/** A folder for the index files, deleted when the tests end. */
	private static Path folder() {
		try {
			Path folder = Files.createTempDirectory("kb-search-test-");
			Runtime.getRuntime().addShutdownHook(new Thread(() -> FileSystemUtils.deleteRecursively(folder.toFile())));
			return folder;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static SearchIndex build() {
		SearchCorpus corpus = corpus();
		return SearchIndexWriter.build(corpus.documents(), corpus.synonymGroups(), corpus.labels(), folder());
	}

	static SearchCorpus corpus() {
		return new SearchCorpus(List.of(
				claim("oxide-sleep-onset", "Magnesium shortens the time it takes to fall asleep in older adults",
						"one trial of 46 people aged 60-75 taking 500 mg/day as oxide", "sleep-onset", "oxide",
						"limited", "low", "shop-blog"),
				claim("glycinate-calming", "Magnesium glycinate is especially calming",
						"no trial compared glycinate with other forms", "relaxation", "glycinate", "unsupported",
						"none", "shop-blog"),
				claim("rls-pilot", "Magnesium eases restless legs syndrome at night",
						"an open pilot study of 10 patients", "restless-legs", null, "limited", "very-low",
						"clinic-blog"),
				claim("melatonin-rise", "Magnesium raises melatonin in the blood",
						"the sleeping hormone rose in one small trial", "melatonin", "oxide", "limited", "low",
						"clinic-blog"),
				claim("quality-scores", "Supplements improve sleep quality scores",
						"questionnaire scores of sleep and quality of life", "sleep-quality", null, "limited", "low",
						"shop-blog"),
				claim("notes-only", "Tracker scores rise after supplements",
						"the study mentions glycinate only in passing", "sleep-stages", "citrate", "unsupported",
						"none", "shop-blog"),
				claim("calms", "Magnesium calms", "a claim without a study", "relaxation", null, "unsupported", "none",
						"clinic-blog"),
				claim("glycinate-bedtime", "A glycinate dose at bedtime settles the mind",
						"No trial tested a bedtime glycinate dose.", "relaxation", "glycinate", "unsupported", "none",
						"shop-blog"),
				claim("glycine-dose", "A glycine dose of 3 g improves sleep", "Small trials of glycine alone.",
						"sleep-quality", null, "limited", "low", "clinic-blog"),
				new SearchDocument(ResultType.DOSE, "dose-glycinate", "Recommended for sleep: 300 mg/day of glycinate",
						"For adults. Timing: 30-60 min before bed. Source: Shop.", "/dosages#recommended",
						Map.of(Facet.FORM, List.of("glycinate"), Facet.SOURCE, List.of("shop-blog"))),
				new SearchDocument(ResultType.DOSE, "dose-oxide", "Given in a trial: 500 mg/day of magnesium oxide",
						"For older adults. Source: Abbasi 2012.", "/dosages#study-doses",
						Map.of(Facet.FORM, List.of("oxide"))),
				new SearchDocument(ResultType.FORM, "glycinate", "Magnesium glycinate",
						"Also called bisglycinate; a chelate with glycine", "/forms/glycinate",
						Map.of(Facet.FORM, List.of("glycinate"))),
				new SearchDocument(ResultType.ARTICLE, "falling-asleep", "Falling asleep faster",
						"What the trials say about magnesium and falling asleep <script>alert(1)</script>",
						"/articles/falling-asleep", Map.of(Facet.TOPIC, List.of("sleep-onset")))),
				labels(), List.of(List.of("glycinate", "bisglycinate"), List.of("RLS", "restless legs syndrome"),
						List.of("insomnia", "sleeplessness"), List.of("dose", "dosage")));
	}

	private static SearchDocument claim(String id, String statement, String note, String topic, String form,
			String verdict, String certainty, String source) {
		Map<Facet, List<String>> facets = new EnumMap<>(Facet.class);
		facets.put(Facet.TOPIC, List.of(topic));
		facets.put(Facet.FORM, (form != null) ? List.of(form) : List.of());
		facets.put(Facet.VERDICT, List.of(verdict));
		facets.put(Facet.CERTAINTY, List.of(certainty));
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

}
