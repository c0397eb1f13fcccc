package com.mgsleep.kb.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.mgsleep.kb.article.Article;
import com.mgsleep.kb.citation.Citation;
import com.mgsleep.kb.citation.Publication;
import com.mgsleep.kb.citation.StudyDetails;
import com.mgsleep.kb.claim.Claim;
import com.mgsleep.kb.evidence.Certainty;
import com.mgsleep.kb.form.MagnesiumForm;
import com.mgsleep.kb.topic.Topic;
import com.mgsleep.kb.vocabulary.Verdict;
import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the imported model into search documents. Claims, the bulk of the data, are read
 * as flat projections rather than entities: a handful of queries whatever the size of the
 * knowledge base.
 */
@Component
class SearchCorpusReader {

	private final EntityManager entityManager;

	SearchCorpusReader(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Transactional(readOnly = true)
	SearchCorpus read() {
		List<Topic> topics = this.entityManager.createQuery("select t from Topic t order by t.name", Topic.class)
			.getResultList();
		List<MagnesiumForm> forms = this.entityManager
			.createQuery("select f from MagnesiumForm f order by f.name", MagnesiumForm.class)
			.getResultList();
		List<Citation> citations = this.entityManager
			.createQuery("select c from Citation c order by c.key", Citation.class)
			.getResultList();
		List<SearchDocument> documents = new ArrayList<>(claims());
		topics.forEach((topic) -> documents.add(new SearchDocument(ResultType.TOPIC, topic.getSlug(), topic.getName(),
				topic.getDescription() + " " + plainText(topic.getHtml()), topic.getUrl(),
				Map.of(Facet.TOPIC, List.of(topic.getSlug())))));
		forms.forEach((form) -> documents.add(new SearchDocument(ResultType.FORM, form.getSlug(), form.getName(),
				String.join(", ", form.getAliases()) + " " + plainText(form.getHtml()), form.getUrl(),
				Map.of(Facet.FORM, List.of(form.getSlug())))));
		documents.addAll(articles());
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
		List<List<String>> synonyms = this.entityManager
			.createQuery("select g from SynonymGroup g order by g.id", SynonymGroup.class)
			.getResultList()
			.stream()
			.map(SynonymGroup::getTerms)
			.toList();
		return new SearchCorpus(documents, labels, synonyms);
	}

	private List<SearchDocument> claims() {
		Map<String, List<String>> topics = pairs("select c.id, t.slug from Claim c join c.topics t");
		Map<String, List<String>> forms = pairs("select c.id, f.slug from Claim c join c.forms f");
		Map<String, List<String>> sources = pairs("select cc.claim.id, cc.citation.key from ClaimCitation cc"
				+ " where cc.role = com.mgsleep.kb.vocabulary.CitationRole.ASSERTED_BY");
		Map<String, List<String>> notes = pairs(
				"select cc.claim.id, cc.note from ClaimCitation cc where cc.note is not null order by cc.id");
		List<SearchDocument> documents = new ArrayList<>();
		for (Object[] row : this.entityManager
			.createQuery("select c.id, c.statement, c.verdictRationale, c.verdict, c.certainty from Claim c"
					+ " order by c.article.slug, c.position", Object[].class)
			.getResultList()) {
			String id = (String) row[0];
			StringJoiner text = new StringJoiner(" · ");
			text.add((String) row[2]);
			notes.getOrDefault(id, List.of()).forEach(text::add);
			Map<Facet, List<String>> facets = new EnumMap<>(Facet.class);
			facets.put(Facet.TOPIC, topics.getOrDefault(id, List.of()));
			facets.put(Facet.FORM, forms.getOrDefault(id, List.of()));
			facets.put(Facet.SOURCE, sources.getOrDefault(id, List.of()));
			facets.put(Facet.VERDICT, List.of(((Verdict) row[3]).getSlug()));
			if (row[4] != null) {
				facets.put(Facet.CERTAINTY, List.of(((Certainty) row[4]).getSlug()));
			}
			documents.add(new SearchDocument(ResultType.CLAIM, id, (String) row[1], text.toString(), Claim.urlOf(id),
					facets));
		}
		return documents;
	}

	private List<SearchDocument> articles() {
		Map<String, List<String>> topics = pairs("select a.slug, t.slug from Article a join a.topics t");
		Map<String, List<String>> prose = pairs(
				"select a.slug, s.html from Article a join a.sections s where s.html is not null");
		List<SearchDocument> documents = new ArrayList<>();
		for (Object[] row : this.entityManager
			.createQuery("select a.slug, a.title, a.summary from Article a order by a.slug", Object[].class)
			.getResultList()) {
			String slug = (String) row[0];
			String text = row[2] + " "
					+ prose.getOrDefault(slug, List.of())
						.stream()
						.map(SearchCorpusReader::plainText)
						.collect(Collectors.joining(" "));
			documents.add(new SearchDocument(ResultType.ARTICLE, slug, (String) row[1], text, Article.urlOf(slug),
					Map.of(Facet.TOPIC, topics.getOrDefault(slug, List.of()))));
		}
		return documents;
	}

	private static SearchDocument citation(Citation citation) {
		StringJoiner text = new StringJoiner(" · ");
		Publication publication = citation.getPublication();
		StudyDetails studied = citation.getStudy();
		for (String part : new String[] { citation.getAuthorLine(), publication.container(), publication.publisher(),
				(publication.year() != null) ? publication.year().toString() : null,
				(citation.getDesign() != null) ? citation.getDesign().getLabel() : null, studied.population(),
				studied.dose(), studied.duration() }) {
			if (part != null && !part.isBlank()) {
				text.add(part);
			}
		}
		return new SearchDocument(ResultType.CITATION, citation.getKey(), citation.getTitle(), text.toString(),
				citation.getPageUrl(), Map.of());
	}

	/** Two-column rows grouped by the first column, in row order. */
	private Map<String, List<String>> pairs(String query) {
		Map<String, List<String>> pairs = new LinkedHashMap<>();
		for (Object[] row : this.entityManager.createQuery(query, Object[].class).getResultList()) {
			pairs.computeIfAbsent((String) row[0], (key) -> new ArrayList<>()).add(String.valueOf(row[1]));
		}
		return pairs;
	}

	private static String plainText(String html) {
		return PlainText.of(html);
	}

	private static <T> java.util.stream.Collector<T, ?, Map<String, String>> toLabels(Function<T, String> value,
			Function<T, String> label) {
		return Collectors.toMap(value, label, (a, b) -> a, LinkedHashMap::new);
	}

}
