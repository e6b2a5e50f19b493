package org.artclinic.clinic.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.artclinic.clinic.audit.AuditAction;
import org.artclinic.clinic.audit.AuditChain;
import org.artclinic.clinic.audit.AuditEvent;
import org.artclinic.clinic.audit.AuditOutcome;

/** What must hold of a generated database: every foreign key satisfied, sequences ahead, the chain whole. */
final class Checks {

    private Checks() {
    }

    /** Rows whose foreign key names no row, per constraint ("fk_x: 3"); empty when all hold. */
    static List<String> orphans(Connection c) throws SQLException {
        List<String[]> keys = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT con.conname,"
                + " cl.relname, a.attname, fcl.relname, fa.attname FROM pg_constraint con"
                + " JOIN pg_class cl ON cl.oid = con.conrelid JOIN pg_class fcl ON fcl.oid = con.confrelid"
                + " JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = con.conkey[1]"
                + " JOIN pg_attribute fa ON fa.attrelid = con.confrelid AND fa.attnum = con.confkey[1]"
                + " JOIN pg_namespace n ON n.oid = cl.relnamespace"
                + " WHERE con.contype = 'f' AND n.nspname = current_schema() AND cardinality(con.conkey) = 1")) {
            while (r.next()) {
                keys.add(new String[] {r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5)});
            }
        }
        List<String> broken = new ArrayList<>();
        for (String[] k : keys) {
            long n = Generator.count(c, "SELECT count(*) FROM " + k[1] + " c WHERE c." + k[2] + " IS NOT NULL"
                    + " AND NOT EXISTS (SELECT 1 FROM " + k[3] + " p WHERE p." + k[4] + " = c." + k[2] + ")");
            if (n > 0) {
                broken.add(k[0] + ": " + n);
            }
        }
        return broken;
    }

    /** The largest id of any table that takes its ids from clinic_id_seq. */
    static long maxId(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT table_name FROM"
                + " information_schema.columns WHERE table_schema = current_schema() AND column_name = 'id'"
                + " AND table_name <> 'audit_chain_head'")) {
            while (r.next()) {
                tables.add(r.getString(1));
            }
        }
        long max = 0;
        for (String t : tables) {
            max = Math.max(max, Generator.count(c, "SELECT coalesce(max(id), 0) FROM " + t));
        }
        return max;
    }

    /**
     * The chain as {@code GET /api/audit/verification} checks it: every seal in position order over its
     * event's canonical text, and the head at the last link; the first break, or empty.
     */
    static Optional<String> auditChain(Connection c) throws SQLException {
        List<AuditChain.Link> links = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            s.setFetchSize(10_000);
            try (ResultSet r = s.executeQuery("SELECT s.position, s.event_id, s.previous_hash, s.hash, e.id,"
                    + " e.occurred_at, e.username, e.roles, e.address, e.patient_id, e.action, e.record_type,"
                    + " e.record_id, e.source, e.outcome, e.detail, e.before_value, e.after_value"
                    + " FROM audit_seal s LEFT JOIN audit_event e ON e.id = s.event_id ORDER BY s.position")) {
                while (r.next()) {
                    String canonical = null;
                    if (r.getObject(5) != null) {
                        Instant at = r.getObject(6, OffsetDateTime.class).toInstant();
                        Long patient = r.getObject(10, Long.class);
                        AuditEvent event = AuditEvent.of(at, r.getString(7), AuditAction.valueOf(r.getString(11)),
                                r.getString(14)).roles(r.getString(8)).address(r.getString(9))
                                .patient(patient).record(r.getString(12), r.getString(13))
                                .outcome(AuditOutcome.valueOf(r.getString(15))).detail(r.getString(16))
                                .change(r.getString(17), r.getString(18)).build();
                        Ids.assign(event, r.getLong(5));
                        canonical = event.canonical();
                    }
                    links.add(new AuditChain.Link(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4), canonical));
                }
            }
        }
        Optional<AuditChain.Break> broken = AuditChain.verify(0, AuditChain.GENESIS, links);
        if (broken.isPresent()) {
            return Optional.of("position " + broken.get().position() + ": " + broken.get().reason());
        }
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT last_position, last_hash FROM audit_chain_head WHERE id = 1")) {
            r.next();
            String lastHash = links.isEmpty() ? AuditChain.GENESIS : links.get(links.size() - 1).hash();
            if (r.getLong(1) != links.size() || !r.getString(2).equals(lastHash)) {
                return Optional.of("the chain head is not at the last link");
            }
        }
        return Optional.empty();
    }
}
