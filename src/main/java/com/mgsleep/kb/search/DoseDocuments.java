package com.mgsleep.kb.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

import com.mgsleep.kb.citation.Citation;
import com.mgsleep.kb.dosage.Dosage;
import com.mgsleep.kb.dosage.DosageFacts;
import com.mgsleep.kb.vocabulary.DosagePurpose;

/**
 * The dosage statements as search documents: the adult reference figures first, then one
 * document per stated amount. Rows that differ only in who they are for (a source giving
 * one dose to men of every age) become one document, as a reader would say it once.
 */
final class DoseDocuments {

	private DoseDocuments() {
	}

	static List<SearchDocument> of(List<Dosage> dosages) {
		List<SearchDocument> documents = new ArrayList<>();
		DosageFacts.of(dosages).ifPresent((facts) -> documents.add(facts(facts)));
		Map<List<Object>, List<Dosage>> statements = new LinkedHashMap<>();
		// ties are shown in this order: what the sources advise for sleep before the
		// reference tables
		List<Dosage> ordered = dosages.stream().sorted(Comparator.comparingInt(DoseDocuments::order)).toList();
		for (Dosage dosage : ordered) {
			List<Object> sameStatement = List.of(dosage.getPurpose(), dosage.getAmountText(),
					Objects.requireNonNullElse(dosage.getForm(), ""),
					Objects.requireNonNullElse(dosage.getTimingText(), ""),
					Objects.requireNonNullElse(dosage.getNote(), ""),
					dosage.getCitations().stream().map(Citation::getKey).toList());
			statements.computeIfAbsent(sameStatement, (key) -> new ArrayList<>()).add(dosage);
		}
		statements.values().forEach((rows) -> documents.add(statement(rows)));
		return documents;
	}

	private static SearchDocument facts(DosageFacts facts) {
		String title = "Adult doses: " + facts.rdaRangeText() + " a day in all, at most " + facts.upperLimitText()
				+ " from supplements";
		String text = "The Recommended Dietary Allowance (RDA) for adults is " + facts.rdaRangeText()
				+ " of magnesium a day from food, drinks and supplements together. The upper limit is "
				+ facts.upperLimitText() + " a day from supplements and medicines; food does not count toward it.";
		return new SearchDocument(ResultType.DOSE, "adult-reference-intakes", title, text, "/dosages#rda", Map.of());
	}

	private static SearchDocument statement(List<Dosage> rows) {
		Dosage first = rows.get(0);
		String title = heading(first.getPurpose()) + ": " + first.getAmountText()
				+ ((first.getForm() != null) ? " of " + lowerFirst(first.getForm().getName()) : "");
		StringJoiner who = new StringJoiner("; ", "For ", ".");
		rows.stream().map((row) -> lowerFirst(row.getPopulation().getLabel())).distinct().forEach(who::add);
		StringJoiner text = new StringJoiner(" ");
		text.add(who.toString());
		if (first.getTimingText() != null && !first.getTimingText().isBlank()) {
			text.add(Sentences.labelled("Timing", first.getTimingText()));
		}
		if (first.getNote() != null && !first.getNote().isBlank()) {
			text.add(Sentences.of(first.getNote()));
		}
		StringJoiner sources = new StringJoiner("; ", "Source: ", ".");
		first.getCitations().forEach((citation) -> sources.add(citation.getLabel()));
		if (!first.getCitations().isEmpty()) {
			text.add(sources.toString());
		}
		text.add(first.getPurpose().getDescription());
		Map<Facet, List<String>> facets = new EnumMap<>(Facet.class);
		if (first.getForm() != null) {
			facets.put(Facet.FORM, List.of(first.getForm().getSlug()));
		}
		facets.put(Facet.SOURCE,
				first.getCitations().stream().filter(Citation::isSecondary).map(Citation::getKey).toList());
		return new SearchDocument(ResultType.DOSE, "dose-" + first.getId(), title, text.toString().strip(),
				"/dosages#" + anchor(first.getPurpose()), facets);
	}

	/**
	 * What a statement is, without the word "dose": a query for doses finds every one by
	 * its type, and the adult figures, whose title has the word, come first.
	 */
	private static String heading(DosagePurpose purpose) {
		return switch (purpose) {
			case RDA -> "Recommended Dietary Allowance";
			case UPPER_LIMIT -> "Upper limit for supplements";
			case SLEEP_SUPPORT -> "Recommended for sleep";
			case STUDY_DOSE -> "Given in a trial";
		};
	}

	private static int order(Dosage dosage) {
		return switch (dosage.getPurpose()) {
			case SLEEP_SUPPORT -> 0;
			case STUDY_DOSE -> 1;
			case UPPER_LIMIT -> 2;
			case RDA -> 3;
		};
	}

	/** The section of the dosage page that lists statements for a purpose. */
	private static String anchor(DosagePurpose purpose) {
		return switch (purpose) {
			case RDA -> "rda";
			case UPPER_LIMIT -> "upper-limit";
			case SLEEP_SUPPORT -> "recommended";
			case STUDY_DOSE -> "study-doses";
		};
	}

	private static String lowerFirst(String name) {
		return name.isEmpty() ? name : name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
	}

}
