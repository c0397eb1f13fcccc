package com.mgsleep.kb.content;

import java.util.List;
import java.util.stream.IntStream;

import com.mgsleep.kb.claim.Claim;
import com.mgsleep.kb.content.markdown.ParsedClaim;
import com.mgsleep.kb.search.SynonymGroup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;

/**
 * Inserts everything through a stateless session: with nothing to track, cascade or check
 * at flush, a large knowledge base is written in about half the time a persistence
 * context takes, and rows of one kind go in JDBC batches.
 */
final class StatelessWriter {

	/**
	 * Rows sent to the database in one JDBC batch: each statement is prepared once per
	 * batch rather than once per row.
	 */
	private static final int BATCH_SIZE = 200;

	/**
	 * Entities written between two commits when the write may commit as it goes. H2 keeps
	 * every row of an open transaction in memory with its undo record until the commit:
	 * 1.2 million of each for 100,000 claims, on top of the entities.
	 */
	private static final int ENTITIES_PER_COMMIT = 10_000;

	/** Entities handed to the session at once, a few batches' worth. */
	private static final int ENTITIES_PER_CALL = 2_000;

	private final StatelessSession writer;

	/** Entities written between two commits, or 0 for one transaction. */
	private final int entitiesPerCommit;

	private int uncommitted;

	private StatelessWriter(StatelessSession writer, int entitiesPerCommit) {
		this.writer = writer;
		this.entitiesPerCommit = entitiesPerCommit;
	}

	/**
	 * Writes the entities in the caller's transaction, on its connection: a reload
	 * replaces the served knowledge base in one commit.
	 * @param entityManager the transaction's entity manager
	 * @param built the entities
	 * @param relating the claims that list related claims
	 * @param synonyms the synonym groups
	 */
	static void writeInTransaction(EntityManager entityManager, ImportedEntities built, List<ParsedClaim> relating,
			List<SynonymGroup> synonyms) {
		try (StatelessSession writer = entityManager.unwrap(Session.class).statelessWithOptions().connection().open()) {
			new StatelessWriter(writer, 0).writeAll(built, relating, synonyms);
		}
	}

	/**
	 * Writes the entities into empty tables, committing every
	 * {@link #ENTITIES_PER_COMMIT} entities. Only for the start: nobody reads the
	 * database before the import has finished, and a start whose import fails stops, its
	 * tables dropped with it.
	 * @param entityManagerFactory the application's persistence unit
	 * @param built the entities
	 * @param relating the claims that list related claims
	 * @param synonyms the synonym groups
	 */
	static void writeCommitting(EntityManagerFactory entityManagerFactory, ImportedEntities built,
			List<ParsedClaim> relating, List<SynonymGroup> synonyms) {
		writeCommitting(entityManagerFactory, built, relating, synonyms, ENTITIES_PER_COMMIT);
	}

	/**
	 * Writes the entities into empty tables, committing every so many entities.
	 * @param entityManagerFactory the application's persistence unit
	 * @param built the entities
	 * @param relating the claims that list related claims
	 * @param synonyms the synonym groups
	 * @param entitiesPerCommit entities written between two commits
	 */
	static void writeCommitting(EntityManagerFactory entityManagerFactory, ImportedEntities built,
			List<ParsedClaim> relating, List<SynonymGroup> synonyms, int entitiesPerCommit) {
		try (StatelessSession writer = entityManagerFactory.unwrap(SessionFactory.class).openStatelessSession()) {
			writer.beginTransaction();
			new StatelessWriter(writer, entitiesPerCommit).writeAll(built, relating, synonyms);
			writer.getTransaction().commit();
		}
	}

	private void writeAll(ImportedEntities built, List<ParsedClaim> relating, List<SynonymGroup> synonyms) {
		this.writer.setJdbcBatchSize(BATCH_SIZE);
		insert(List.copyOf(built.citations.values()));
		insert(built.results);
		insert(built.summaries);
		insert(List.copyOf(built.topics.values()));
		insert(List.copyOf(built.forms.values()));
		insert(List.copyOf(built.articles.values()));
		List<Claim> claims = List.copyOf(built.claims.values());
		insert(claims);
		insert(claims.stream().flatMap((claim) -> claim.getCitations().stream()).toList());
		// a related claim may come later in the content, so claims are related once all
		// of them exist
		relating.forEach((parsed) -> parsed.related()
			.forEach((id) -> built.claims.get(parsed.id()).relateTo(built.claims.get(id))));
		List<Claim> related = relating.stream().map((parsed) -> built.claims.get(parsed.id())).toList();
		for (List<Claim> chunk : chunks(related, this.entitiesPerCommit)) {
			this.writer.updateMultiple(chunk);
			written(chunk.size());
		}
		insert(built.dosages);
		insert(built.disagreements);
		insert(built.bottomLines);
		insert(synonyms);
	}

	private void insert(List<?> rows) {
		for (List<?> chunk : chunks(rows, this.entitiesPerCommit)) {
			this.writer.insertMultiple(chunk);
			written(chunk.size());
		}
	}

	private void written(int entities) {
		this.uncommitted += entities;
		if (this.entitiesPerCommit > 0 && this.uncommitted >= this.entitiesPerCommit) {
			this.writer.getTransaction().commit();
			this.writer.beginTransaction();
			this.uncommitted = 0;
		}
	}

	private static <T> List<List<T>> chunks(List<T> rows, int entitiesPerCommit) {
		int size = (entitiesPerCommit > 0) ? Math.min(entitiesPerCommit, ENTITIES_PER_CALL) : ENTITIES_PER_CALL;
		return IntStream.range(0, (rows.size() + size - 1) / size)
			.mapToObj((i) -> rows.subList(i * size, Math.min(rows.size(), (i + 1) * size)))
			.toList();
	}

}
