package com.mgsleep.kb.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.stream.Collector;
import java.util.stream.Collectors;

import com.mgsleep.kb.article.Article;
import com.mgsleep.kb.article.ArticleRepository;
import com.mgsleep.kb.citation.Citation;
import com.mgsleep.kb.citation.CitationRepository;
import com.mgsleep.kb.citation.Publication;
import com.mgsleep.kb.citation.StudyDetails;
import com.mgsleep.kb.claim.Claim;
import com.mgsleep.kb.claim.ClaimSearchRepository;
import com.mgsleep.kb.claim.ClaimSearchRepository.Tag;
import com.mgsleep.kb.dosage.DosageRepository;
import com.mgsleep.kb.form.FormRepository;
import com.mgsleep.kb.form.MagnesiumForm;
import com.mgsleep.kb.topic.Topic;
import com.mgsleep.kb.topic.TopicRepository;
import com.mgsleep.kb.vocabulary.Verdict;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the imported model into search documents. Claims, the bulk of the data, are read
 * as flat projections rather than entities: a handful of queries whatever the size of the
 * knowledge base.
 */
@Component
class SearchCorpusReader {

	private final ClaimSearchRepository claims;

	private final ArticleRepository articles;

	private final TopicRepository topics;

	private final FormRepository forms;

	private final CitationRepository citations;

	private final SynonymGroupRepository synonyms;

	private final DosageRepository dosages;

	SearchCorpusReader(ClaimSearchRepository claims, ArticleRepository articles, TopicRepository topics,
			FormRepository forms, CitationRepository citations, SynonymGroupRepository synonyms,
			DosageRepository dosages) {
		this.dosages = dosages;
		this.claims = claims;
		this.articles = articles;
		this.topics = topics;
		this.forms = forms;
		this.citations = citations;
		this.synonyms = synonyms;
	}

	@Transactional(readOnly = true)
	SearchCorpus read() {
		List<Topic> topics = this.topics.findAll(Sort.by("name"));
		List<MagnesiumForm> forms = this.forms.findAll(Sort.by("name"));
		List<Citation> citations = this.citations.findAll(Sort.by("key"));
		List<SearchDocument> documents = new ArrayList<>(claims());
		topics.forEach((topic) -> documents.add(new SearchDocument(ResultType.TOPIC, topic.getSlug(), topic.getName(),
				topic.getDescription() + " " + plainText(topic.getHtml()), topic.getUrl(),
				Map.of(Facet.TOPIC, List.of(topic.getSlug())))));
		forms.forEach((form) -> documents.add(new SearchDocument(ResultType.FORM, form.getSlug(), form.getName(),
				aliases(form.getAliases()) + plainText(form.getHtml()), form.getUrl(),
				Map.of(Facet.FORM, List.of(form.getSlug())))));
		documents.addAll(articles());
		documents.addAll(DoseDocuments.of(this.dosages.findAllInReadingOrder()));
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
		List<List<String>> synonyms = this.synonyms.findAll(Sort.by("id"))
			.stream()
			.map(SynonymGroup::getTerms)
			.toList();
		return new SearchCorpus(documents, labels, synonyms);
	}

	private List<SearchDocument> claims() {
		Map<String, List<String>> topics = grouped(this.claims.findTopics(), Tag::id, Tag::value);
		Map<String, List<String>> forms = grouped(this.claims.findForms(), Tag::id, Tag::value);
		Map<String, List<String>> sources = grouped(this.claims.findSources(), Tag::id, Tag::value);
		// notes are fragments ("500 mg a day as oxide"): each becomes a sentence naming
		// its
		// source, so a snippet reads as text
		Map<String, List<ClaimSearchRepository.Note>> notes = grouped(this.claims.findNotes(),
				ClaimSearchRepository.Note::id, (note) -> note);
		List<SearchDocument> documents = new ArrayList<>();
		for (ClaimSearchRepository.Row row : this.claims.findRows()) {
			String id = row.id();
			StringJoiner text = new StringJoiner(" ");
			StringJoiner searched = new StringJoiner(" ");
			text.add(Sentences.of(row.verdictRationale()));
			searched.add(Sentences.of(row.verdictRationale()));
			for (ClaimSearchRepository.Note note : notes.getOrDefault(id, List.of())) {
				text.add(Sentences.labelled(note.source(), note.note()));
				searched.add(Sentences.of(note.note()));
			}
			Map<Facet, List<String>> facets = new EnumMap<>(Facet.class);
			facets.put(Facet.TOPIC, topics.getOrDefault(id, List.of()));
			facets.put(Facet.FORM, forms.getOrDefault(id, List.of()));
			facets.put(Facet.SOURCE, sources.getOrDefault(id, List.of()));
			facets.put(Facet.VERDICT, List.of(row.verdict().getSlug()));
			if (row.certainty() != null) {
				facets.put(Facet.CERTAINTY, List.of(row.certainty().getSlug()));
			}
			documents.add(new SearchDocument(ResultType.CLAIM, id, row.statement(), text.toString(),
					searched.toString(), Claim.urlOf(id), facets));
		}
		return documents;
	}

	private List<SearchDocument> articles() {
		Map<String, List<String>> topics = grouped(this.articles.findTopicSlugs(), ArticleRepository.Tag::slug,
				ArticleRepository.Tag::value);
		Map<String, List<String>> prose = grouped(this.articles.findProse(), ArticleRepository.Tag::slug,
				ArticleRepository.Tag::value);
		List<SearchDocument> documents = new ArrayList<>();
		for (Article article : this.articles.findAll(Sort.by("slug"))) {
			String slug = article.getSlug();
			String text = article.getSummary() + " "
					+ prose.getOrDefault(slug, List.of())
						.stream()
						.map(SearchCorpusReader::plainText)
						.collect(Collectors.joining(" "));
			documents.add(new SearchDocument(ResultType.ARTICLE, slug, article.getTitle(), text, Article.urlOf(slug),
					Map.of(Facet.TOPIC, topics.getOrDefault(slug, List.of()))));
		}
		return documents;
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

	/** Values grouped by their claim or article, in row order. */
	private static <T, V> Map<String, List<V>> grouped(List<T> rows, Function<T, String> owner, Function<T, V> value) {
		return rows.stream()
			.collect(Collectors.groupingBy(owner, LinkedHashMap::new, Collectors.mapping(value, Collectors.toList())));
	}

	private static String aliases(List<String> aliases) {
		return aliases.isEmpty() ? "" : Sentences.of("Also called " + String.join(", ", aliases)) + " ";
	}

	private static String plainText(String html) {
		return PlainText.of(html);
	}

	private static <T> Collector<T, ?, Map<String, String>> toLabels(Function<T, String> value,
			Function<T, String> label) {
		return Collectors.toMap(value, label, (a, b) -> a, LinkedHashMap::new);
	}

}
