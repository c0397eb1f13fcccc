package com.mgsleep.kb.content;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Empties every table of the schema inside the caller's transaction, so that a new
 * knowledge base can be written in the same transaction: readers see the old one until
 * the commit and the new one after it, never neither. Tables are emptied children first,
 * in the order their foreign keys give, read from the database itself, so nothing here
 * needs to know the entities.
 */
final class TableWiper {

	private TableWiper() {
	}

	static void wipe(Connection connection) throws SQLException {
		List<String> tables = childrenFirst(connection);
		try (Statement statement = connection.createStatement()) {
			for (String table : tables) {
				statement.executeUpdate("DELETE FROM " + table);
			}
		}
	}

	/** The schema's tables, each after every table that refers to it. */
	static List<String> childrenFirst(Connection connection) throws SQLException {
		DatabaseMetaData metadata = connection.getMetaData();
		String schema = connection.getSchema();
		Set<String> tables = new LinkedHashSet<>();
		try (ResultSet rows = metadata.getTables(connection.getCatalog(), schema, "%", new String[] { "TABLE" })) {
			while (rows.next()) {
				tables.add(rows.getString("TABLE_NAME"));
			}
		}
		Map<String, Set<String>> referredBy = new HashMap<>();
		for (String table : tables) {
			try (ResultSet keys = metadata.getImportedKeys(connection.getCatalog(), schema, table)) {
				while (keys.next()) {
					String parent = keys.getString("PKTABLE_NAME");
					if (!parent.equals(table)) {
						referredBy.computeIfAbsent(parent, (name) -> new LinkedHashSet<>()).add(table);
					}
				}
			}
		}
		List<String> ordered = new ArrayList<>();
		Set<String> visiting = new LinkedHashSet<>();
		for (String table : tables) {
			visit(table, referredBy, ordered, visiting);
		}
		return ordered;
	}

	/** Depth first: every child goes in before its parent. */
	private static void visit(String table, Map<String, Set<String>> referredBy, List<String> ordered,
			Set<String> visiting) {
		if (ordered.contains(table) || !visiting.add(table)) {
			return;
		}
		for (String child : referredBy.getOrDefault(table, Set.of())) {
			visit(child, referredBy, ordered, visiting);
		}
		ordered.add(table);
	}

}
