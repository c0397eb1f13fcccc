package com.mgsleep.kb.content;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TableWiperTests {

	@Test
	void wipeThenEmptiesEveryTableChildrenFirstInsideTheTransaction() throws Exception {
		try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:wiper;DB_CLOSE_DELAY=-1")) {
			try (Statement sql = connection.createStatement()) {
				sql.execute("CREATE TABLE ARTICLE (ID VARCHAR PRIMARY KEY)");
				sql.execute("CREATE TABLE CLAIM (ID VARCHAR PRIMARY KEY, ARTICLE_ID VARCHAR REFERENCES ARTICLE(ID))");
				sql.execute("CREATE TABLE CLAIM_RELATED (CLAIM_ID VARCHAR REFERENCES CLAIM(ID),"
						+ " RELATED_ID VARCHAR REFERENCES CLAIM(ID))");
				sql.execute("INSERT INTO ARTICLE VALUES ('a')");
				sql.execute("INSERT INTO CLAIM VALUES ('c1', 'a'), ('c2', 'a')");
				sql.execute("INSERT INTO CLAIM_RELATED VALUES ('c1', 'c2'), ('c2', 'c1')");
			}
			assertThat(TableWiper.childrenFirst(connection)).containsSubsequence("CLAIM_RELATED", "CLAIM", "ARTICLE");
			connection.setAutoCommit(false);
			TableWiper.wipe(connection);
			assertThat(count(connection, "CLAIM")).isZero();
			connection.rollback();
			assertThat(count(connection, "CLAIM")).as("the wipe belongs to the transaction").isEqualTo(2);
		}
	}

	private static long count(Connection connection, String table) throws Exception {
		try (Statement sql = connection.createStatement();
				ResultSet rows = sql.executeQuery("SELECT COUNT(*) FROM " + table)) {
			rows.next();
			return rows.getLong(1);
		}
	}

}
