package com.mgsleep.kb.content;

import java.util.List;

import com.mgsleep.kb.claim.Claim;
import com.mgsleep.kb.content.markdown.ParsedClaim;
import com.mgsleep.kb.search.SynonymGroup;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.hibernate.StatelessSession;

/**
 * Inserts everything through a stateless session on the transaction's own connection:
 * with nothing to track, cascade or check at flush, a large knowledge base is written in
 * about half the time a persistence context takes, and rows of one kind go in JDBC
 * batches.
 */
final class StatelessWriter {

	/**
	 * Rows sent to the database in one JDBC batch: each statement is prepared once per
	 * batch rather than once per row.
	 */
	private static final int BATCH_SIZE = 200;

	private StatelessWriter() {
	}

	/**
	 * Writes the entities.
	 * @param entityManager the transaction's entity manager
	 * @param built the entities
	 * @param relating the claims that list related claims
	 * @param synonyms the synonym groups
	 */
	static void write(EntityManager entityManager, ImportedEntities built, List<ParsedClaim> relating,
			List<SynonymGroup> synonyms) {
		try (StatelessSession writer = entityManager.unwrap(Session.class).statelessWithOptions().connection().open()) {
			writer.setJdbcBatchSize(BATCH_SIZE);
			writer.insertMultiple(List.copyOf(built.citations.values()));
			writer.insertMultiple(built.results);
			writer.insertMultiple(built.summaries);
			writer.insertMultiple(List.copyOf(built.topics.values()));
			writer.insertMultiple(List.copyOf(built.forms.values()));
			writer.insertMultiple(List.copyOf(built.articles.values()));
			List<Claim> claims = List.copyOf(built.claims.values());
			writer.insertMultiple(claims);
			writer.insertMultiple(claims.stream().flatMap((claim) -> claim.getCitations().stream()).toList());
			// a related claim may come later in the content, so claims are related once
			// all of them exist
			relating.forEach((parsed) -> parsed.related()
				.forEach((id) -> built.claims.get(parsed.id()).relateTo(built.claims.get(id))));
			writer.updateMultiple(relating.stream().map((parsed) -> built.claims.get(parsed.id())).toList());
			writer.insertMultiple(built.dosages);
			writer.insertMultiple(built.disagreements);
			writer.insertMultiple(built.bottomLines);
			writer.insertMultiple(synonyms);
		}
	}

}
