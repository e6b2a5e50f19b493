package org.artclinic.clinic.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import org.h2.api.Trigger;

/**
 * The embedded H2 database's twin of PostgreSQL's triggers in
 * {@code V21.1__audit_trail_append_only.sql} (decision 0037): whoever sends the SQL, an audit event
 * or a seal of the audit chain is never updated or deleted. H2 loads it through the application's
 * class loader, as it does {@code H2SignedNoteTrigger}.
 */
public class H2AppendOnlyTrigger implements Trigger {

    private String table;

    @Override
    public void init(Connection connection, String schemaName, String triggerName, String tableName, boolean before,
            int type) {
        this.table = tableName.toLowerCase(Locale.ROOT);
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("the audit trail is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " of "
                + table + " refused", "42501");
    }
}
