package org.artclinic.clinic.testsupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import javax.sql.DataSource;

/**
 * What the application's tables hold, cheaply: per table its rows, its highest id and a sum of
 * versions, read in one pass per table, all tables in one statement. Taken before and after a
 * request that was refused, it shows whether anything was written anyway (the hostile-input suites,
 * decision 0041).
 */
public final class TableFingerprint {

    private final DataSource dataSource;
    private final String sql;

    private TableFingerprint(DataSource dataSource, String sql) {
        this.dataSource = dataSource;
        this.sql = sql;
    }

    /**
     * @param leftOut tables not compared at all (bookkeeping every request writes: the audit trail)
     * @param uncountedVersions tables whose rows are counted but whose versions change on a read
     *        (a token notes when it was last used)
     * @param versionsFromId sum the versions of rows from this id on only (the rows a test made
     *        itself; the id sequence only grows), or null for all rows
     */
    public static TableFingerprint of(DataSource dataSource, Set<String> leftOut, Set<String> uncountedVersions,
            Long versionsFromId) throws SQLException {
        Map<String, Set<String>> columns = new TreeMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("SELECT t.TABLE_NAME, c.COLUMN_NAME "
                        + "FROM INFORMATION_SCHEMA.TABLES t JOIN INFORMATION_SCHEMA.COLUMNS c "
                        + "ON c.TABLE_SCHEMA = t.TABLE_SCHEMA AND c.TABLE_NAME = t.TABLE_NAME "
                        + "WHERE t.TABLE_SCHEMA = CURRENT_SCHEMA AND t.TABLE_TYPE = 'BASE TABLE'");
                ResultSet found = statement.executeQuery()) {
            while (found.next()) {
                columns.computeIfAbsent(found.getString(1), t -> new TreeSet<>())
                        .add(found.getString(2).toLowerCase(Locale.ROOT));
            }
        }
        columns.keySet().removeIf(table -> leftOut.contains(table.toLowerCase(Locale.ROOT)));
        if (columns.size() <= 30) {
            throw new AssertionError("Expected the application's tables, found " + columns.keySet());
        }
        String sql = columns.entrySet().stream().map(e -> {
            String table = "\"" + e.getKey() + "\"";
            boolean id = e.getValue().contains("id");
            boolean versions = e.getValue().contains("version")
                    && !uncountedVersions.contains(e.getKey().toLowerCase(Locale.ROOT))
                    && (versionsFromId == null || id);
            // one pass over each table for all three figures (three subqueries took twice as long on PostgreSQL)
            return "SELECT '" + e.getKey() + "', COUNT(*), " + (id ? "MAX(id)" : "0") + ", "
                    + (!versions ? "0" : versionsFromId == null ? "SUM(version)"
                            : "SUM(CASE WHEN id >= " + versionsFromId + " THEN version END)") + " FROM " + table;
        }).collect(Collectors.joining(" UNION ALL "));
        return new TableFingerprint(dataSource, sql);
    }

    /** Per table (lower case): "N rows, id M, versions V". */
    public Map<String, String> take() throws SQLException {
        Map<String, String> found = new TreeMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                found.put(result.getString(1).toLowerCase(Locale.ROOT),
                        result.getString(2) + " rows, id " + result.getString(3) + ", versions " + result.getString(4));
            }
        }
        return found;
    }

    /** The tables that differ, each with its fingerprint before and after; empty when none does. */
    public static String changes(Map<String, String> before, Map<String, String> after) {
        return after.entrySet().stream().filter(e -> !e.getValue().equals(before.get(e.getKey())))
                .map(e -> e.getKey() + " (" + before.get(e.getKey()) + " -> " + e.getValue() + ")")
                .collect(Collectors.joining("; "));
    }
}
