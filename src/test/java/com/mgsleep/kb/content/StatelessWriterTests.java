package com.mgsleep.kb.content;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import com.mgsleep.kb.content.markdown.ParseResult;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A start writes the knowledge base in many small transactions, a reload in one; both
 * leave the same rows in every table (real schema, embedded H2, the real content).
 */
@DataJpaTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class StatelessWriterTests {

	private static final Path CONTENT = Path.of("content");

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Autowired
	private EntityManager entityManager;

	@Autowired
	private PlatformTransactionManager transactionManager;

	@Autowired
	private DataSource dataSource;

	@AfterEach
	void wipe() throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			TableWiper.wipe(connection);
		}
	}

	@Test
	void writeCommittingWhenManyCommitsThenEveryTableHoldsWhatOneTransactionWrites() throws SQLException {
		BuiltKnowledgeBase once = built();
		new TransactionTemplate(this.transactionManager).executeWithoutResult((tx) -> StatelessWriter
			.writeInTransaction(this.entityManager, once.entities(), once.relating(), once.synonyms()));
		Map<String, Long> inOneTransaction = rowsPerTable();
		wipe();
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.setStatisticsEnabled(true);
		statistics.clear();
		BuiltKnowledgeBase built = built();
		StatelessWriter.writeCommitting(this.entityManagerFactory, built.entities(), built.relating(), built.synonyms(),
				25);
		statistics.setStatisticsEnabled(false);

		assertThat(rowsPerTable()).isEqualTo(inOneTransaction);
		assertThat(inOneTransaction.get("CLAIM")).isEqualTo(built.entities().claims.size());
		assertThat(inOneTransaction.get("CLAIM_RELATED")).as("related claims, written after every claim").isPositive();
		// at least one commit for each 25 of the claims, their citations and the
		// references
		ImportedEntities entities = built.entities();
		long cited = entities.claims.values().stream().mapToLong((claim) -> claim.getCitations().size()).sum();
		assertThat(statistics.getTransactionCount())
			.isGreaterThanOrEqualTo((entities.claims.size() + cited + entities.citations.size()) / 25);
	}

	private BuiltKnowledgeBase built() {
		ParseResult parsed = ClaimAssessor.read(CONTENT);
		assertThat(parsed.errors()).isEmpty();
		return KnowledgeBaseImporter.build(parsed.knowledgeBase(), CONTENT);
	}

	private Map<String, Long> rowsPerTable() throws SQLException {
		Map<String, Long> rows = new LinkedHashMap<>();
		try (Connection connection = this.dataSource.getConnection(); Statement sql = connection.createStatement()) {
			for (String table : TableWiper.childrenFirst(connection)) {
				try (ResultSet count = sql.executeQuery("SELECT COUNT(*) FROM " + table)) {
					count.next();
					rows.put(table, count.getLong(1));
				}
			}
		}
		return rows;
	}

}
