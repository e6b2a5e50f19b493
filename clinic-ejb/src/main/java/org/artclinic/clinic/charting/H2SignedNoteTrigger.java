package org.artclinic.clinic.charting;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.h2.api.Trigger;

/**
 * The embedded H2 database's twin of PostgreSQL's triggers in {@code V14.1__signed_notes_immutable.sql}
 * (decision 0031): whoever sends the SQL, a signed visit note is not updated or deleted, the
 * services of a signed note (and their regions and diagnoses), its ART entries (V15.1) and its
 * range-of-motion re-tests (V17.1, decision 0033) are not inserted, updated or deleted, and an addendum is never updated or deleted. H2 runs it for the tables named in
 * {@code db/vendor/h2/V14.1__signed_notes_immutable.sql}; it loads the class through the
 * application's class loader (the thread's context class loader), so it lives in this module and
 * needs only H2's trigger interface at compile time.
 */
public class H2SignedNoteTrigger implements Trigger {

    private static final String SQL_STATE_INTEGRITY = "23000";

    private String table;
    private final Map<String, Integer> columns = new HashMap<>();

    @Override
    public void init(Connection connection, String schemaName, String triggerName, String tableName, boolean before,
            int type) throws SQLException {
        // an ALTER TABLE that H2 runs by copying the table (V17 adds a column to art_entry) creates the
        // triggers on the copy, named like art_entry_copy_4_16, which then becomes the table itself
        this.table = tableName.toLowerCase(Locale.ROOT).replaceFirst("_copy_\\d+_\\d+$", "");
        try (ResultSet found = connection.getMetaData().getColumns(null, schemaName, tableName, null)) {
            while (found.next()) {
                columns.put(found.getString("COLUMN_NAME").toLowerCase(Locale.ROOT), found.getInt("ORDINAL_POSITION") - 1);
            }
        }
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        Object[] row = oldRow != null ? oldRow : newRow;
        switch (table) {
            case "visit_note" -> {
                if (oldRow != null && "SIGNED".equals(value(oldRow, "status"))) {
                    throw refused("visit note " + value(oldRow, "id") + " is signed and cannot be changed; add an addendum");
                }
            }
            case "visit_service", "art_entry", "visit_note_rom" -> requireDraft(connection,
                    "SELECT status FROM visit_note WHERE id = ?", value(row, "visit_note_id"));
            case "visit_service_region", "visit_service_diagnosis" -> requireDraft(connection,
                    "SELECT n.status FROM visit_note n JOIN visit_service s ON s.visit_note_id = n.id WHERE s.id = ?",
                    value(row, "visit_service_id"));
            case "visit_addendum" -> throw refused("an addendum is never changed or removed; add another");
            default -> throw new SQLException("H2SignedNoteTrigger does not guard table " + table);
        }
    }

    private static void requireDraft(Connection connection, String query, Object id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setObject(1, id);
            try (ResultSet note = statement.executeQuery()) {
                if (note.next() && "SIGNED".equals(note.getString(1))) {
                    throw refused("the visit note is signed: its entries and services cannot be changed; add an addendum");
                }
            }
        }
    }

    private Object value(Object[] row, String column) {
        Integer index = columns.get(column);
        if (index == null) {
            throw new IllegalStateException("table " + table + " has no column " + column);
        }
        return row[index];
    }

    private static SQLException refused(String message) {
        return new SQLException(message, SQL_STATE_INTEGRITY);
    }
}
