package com.mgsleep.kb.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.stream.Collector;
import java.util.stream.Collectors;

import com.mgsleep.kb.article.Article;
import com.mgsleep.kb.article.ArticleSection;
import com.mgsleep.kb.citation.Citation;
import com.mgsleep.kb.citation.Publication;
import com.mgsleep.kb.citation.StudyDetails;
import com.mgsleep.kb.claim.Claim;
import com.mgsleep.kb.claim.ClaimCitation;
import com.mgsleep.kb.form.MagnesiumForm;
import com.mgsleep.kb.topic.Topic;
import com.mgsleep.kb.vocabulary.CitationRole;
import com.mgsleep.kb.vocabulary.Verdict;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns the model an import held in memory into search documents: nothing is read back
 * from the database. The import publishes its {@link SearchSources}; they are kept until
 * the index is built from them, then let go.
 */
@Component
class SearchCorpusReader {

	private SearchSources sources;

	@EventListener
	synchronized void onWritten(SearchSources written) {
		this.sources = written;
	}

	/**
	 * The corpus of the latest import, in the order the index keeps (claims in reading
	 * order, then topics and forms by name, articles by slug, doses, references by key).
	 * @return the corpus
	 * @throws IllegalStateException when no import has published its model since the last
	 * read
	 */
	synchronized SearchCorpus read() {
		SearchSources model = this.sources;
		if (model == null) {
			throw new IllegalStateException("No imported knowledge base to index");
		}
		this.sources = null;
		List<Topic> topics = sorted(model.topics(), Comparator.comparing(Topic::getName));
		List<MagnesiumForm> forms = sorted(model.forms(), Comparator.comparing(MagnesiumForm::getName));
		List<Citation> citations = sorted(model.citations(), Comparator.comparing(Citation::getKey));
		List<SearchDocument> documents = new ArrayList<>();
		model.claims().forEach((claim) -> documents.add(claim(claim)));
		topics.forEach((topic) -> documents.add(new SearchDocument(ResultType.TOPIC, topic.getSlug(), topic.getName(),
				topic.getDescription() + " " + PlainText.of(topic.getHtml()), topic.getUrl(),
				Map.of(Facet.TOPIC, List.of(topic.getSlug())))));
		forms.forEach((form) -> documents.add(new SearchDocument(ResultType.FORM, form.getSlug(), form.getName(),
				aliases(form.getAliases()) + PlainText.of(form.getHtml()), form.getUrl(),
				Map.of(Facet.FORM, List.of(form.getSlug())))));
		sorted(model.articles(), Comparator.comparing(Article::getSlug))
			.forEach((article) -> documents.add(article(article)));
		documents.addAll(DoseDocuments.of(model.dosages()));
		citations.forEach((citation) -> documents.add(citation(citation)));
		Map<Facet, Map<String, String>> labels = new EnumMap<>(Facet.class);
		labels.put(Facet.TOPIC, topics.stream().collect(toLabels(Topic::getSlug, Topic::getName)));
		labels.put(Facet.FORM, forms.stream().collect(toLabels(MagnesiumForm::getSlug, MagnesiumForm::getName)));
		labels.put(Facet.SOURCE, citations.stream()
			.filter(Citation::isSecondary)
			.collect(toLabels(Citation::getKey,
					(c) -> (c.getPublication().publisher() != null) ? c.getPublication().publisher() : c.getLabel())));
		labels.put(Facet.TYPE,
				Arrays.stream(ResultType.values()).collect(toLabels(ResultType::getSlug, ResultType::getLabel)));
		labels.put(Facet.VERDICT,
				Arrays.stream(Verdict.values()).collect(toLabels(Verdict::getSlug, Verdict::getLabel)));
		return new SearchCorpus(documents, labels, model.synonymGroups());
	}

	private static SearchDocument claim(Claim claim) {
		StringJoiner text = new StringJoiner(" ");
		StringJoiner searched = new StringJoiner(" ");
		text.add(Sentences.of(claim.getVerdictRationale()));
		searched.add(Sentences.of(claim.getVerdictRationale()));
		// notes are fragments ("500 mg a day as oxide"): each becomes a sentence naming
		// its source, so a snippet reads as text
		for (ClaimCitation cited : claim.getCitations()) {
			if (cited.getNote() != null) {
				text.add(Sentences.labelled(cited.getCitation().getLabel(), cited.getNote()));
				searched.add(Sentences.of(cited.getNote()));
			}
		}
		Map<Facet, List<String>> facets = new EnumMap<>(Facet.class);
		facets.put(Facet.TOPIC, claim.getTopics().stream().map(Topic::getSlug).toList());
		facets.put(Facet.FORM, claim.getForms().stream().map(MagnesiumForm::getSlug).toList());
		facets.put(Facet.SOURCE,
				claim.citationsWith(CitationRole.ASSERTED_BY).stream().map((c) -> c.getCitation().getKey()).toList());
		facets.put(Facet.VERDICT, List.of(claim.getVerdict().getSlug()));
		if (claim.getCertainty() != null) {
			facets.put(Facet.CERTAINTY, List.of(claim.getCertainty().getSlug()));
		}
		return new SearchDocument(ResultType.CLAIM, claim.getId(), claim.getStatement(), text.toString(),
				searched.toString(), claim.getUrl(), facets);
	}

	private static SearchDocument article(Article article) {
		String text = article.getSummary() + " "
				+ article.getSections()
					.stream()
					.map(ArticleSection::html)
					.filter((html) -> html != null)
					.map(PlainText::of)
					.collect(Collectors.joining(" "));
		return new SearchDocument(ResultType.ARTICLE, article.getSlug(), article.getTitle(), text, article.getUrl(),
				Map.of(Facet.TOPIC, article.getTopics().stream().map(Topic::getSlug).toList()));
	}

	/** A reference as sentences: who and when, where, and what was studied. */
	private static SearchDocument citation(Citation citation) {
		Publication publication = citation.getPublication();
		StudyDetails studied = citation.getStudy();
		StringJoiner text = new StringJoiner(" ");
		addSentence(text, ", ", citation.getAuthorLine(),
				(publication.year() != null) ? publication.year().toString() : null);
		addSentence(text, ", ", publication.container(), publication.publisher());
		addSentence(text, "; ", (citation.getDesign() != null) ? citation.getDesign().getLabel() : null,
				studied.population(), studied.dose(), studied.duration());
		return new SearchDocument(ResultType.CITATION, citation.getKey(), citation.getTitle(), text.toString(),
				citation.getPageUrl(), Map.of());
	}

	private static void addSentence(StringJoiner text, String separator, String... parts) {
		StringJoiner sentence = new StringJoiner(separator);
		for (String part : parts) {
			if (part != null && !part.isBlank()) {
				sentence.add(part.strip());
			}
		}
		if (sentence.length() > 0) {
			text.add(Sentences.of(sentence.toString()));
		}
	}

	private static <T> List<T> sorted(List<T> values, Comparator<T> order) {
		List<T> sorted = new ArrayList<>(values);
		sorted.sort(order);
		return sorted;
	}

	private static String aliases(List<String> aliases) {
		return aliases.isEmpty() ? "" : Sentences.of("Also called " + String.join(", ", aliases)) + " ";
	}

	private static <T> Collector<T, ?, Map<String, String>> toLabels(Function<T, String> value,
			Function<T, String> label) {
		return Collectors.toMap(value, label, (a, b) -> a, LinkedHashMap::new);
	}

}
