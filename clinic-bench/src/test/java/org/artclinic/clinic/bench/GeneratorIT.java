package org.artclinic.clinic.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Generates scale 0.002 into a database of its own on the machine's PostgreSQL (127.0.0.1:5432,
 * user postgres) and checks what the application relies on; the database is dropped afterwards.
 */
class GeneratorIT {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String NAME = "gen_it_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffffL);
    private static final String URL = SERVER + NAME;
    private static Map<String, Long> rows;

    @BeforeAll
    static void generate() throws Exception {
        assumePostgres();
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + NAME);
        }
        rows = Generate.run(new String[] {"--url", URL, "--user", "postgres", "--scale", "0.002", "--seed", "7",
            "--until", "2026-12-04"}, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    /**
     * Skips the test where no PostgreSQL answers on 127.0.0.1:5432 (like the browser journeys where the
     * browser is missing), unless CI requires it with {@code -Dclinic.postgres.required=true}.
     */
    static void assumePostgres() throws SQLException {
        try (Connection probe = DriverManager.getConnection(SERVER + "postgres", "postgres", "")) {
            probe.isValid(5);
        } catch (SQLException e) {
            if (Boolean.getBoolean("clinic.postgres.required")) {
                throw e;
            }
            org.junit.jupiter.api.Assumptions.abort("no PostgreSQL on 127.0.0.1:5432 trusting the postgres user ("
                    + e.getMessage() + "); -Dclinic.postgres.required=true makes this a failure");
        }
    }

    @AfterAll
    static void drop() throws SQLException {
        dropDatabase(NAME);
        dropDatabase(NAME + "_again");
    }

    static void dropDatabase(String name) throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    /** Every table's rows in key order, as one digest. */
    private static String digest(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); java.sql.ResultSet r = s.executeQuery("SELECT md5(coalesce(string_agg(t::text,"
                + " '|' ORDER BY t::text), '')) FROM " + table + " t")) {
            r.next();
            return r.getString(1);
        }
    }

    @Test
    void theSameSeedGivesTheSameRows() throws Exception {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + NAME + "_again");
        }
        Generate.run(new String[] {"--url", URL + "_again", "--user", "postgres", "--scale", "0.002", "--seed", "7",
            "--until", "2026-12-04"}, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try (Connection first = connect(); Connection again = DriverManager.getConnection(URL + "_again", "postgres", "")) {
            for (String table : new String[] {"user_account", "patient", "insurance_policy", "appointment_series",
                "appointment", "visit_note", "art_entry", "visit_service", "fee_schedule", "charge_sheet", "charge_line",
                "charge_line_warning", "claim", "claim_event", "payment", "payment_adjustment", "audit_event",
                "audit_seal", "audit_chain_head"}) {
                assertEquals(digest(first, table), digest(again, table), table);
            }
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(URL, "postgres", "");
    }

    /** The benchmark reuses a generated clinic only when this comment matches its settings. */
    @Test
    void theDatabaseSaysWhatMadeIt() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement(); java.sql.ResultSet r = s.executeQuery(
                "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = current_database()")) {
            r.next();
            assertEquals("clinic-bench plan " + Plan.VERSION + ", scale 0.002, ten-years history, seed 7", r.getString(1));
        }
    }

    @Test
    void countsFollowTheScale() throws SQLException {
        try (Connection c = connect()) {
            assertEquals(400, Generator.count(c, "SELECT count(*) FROM patient"));
            long appointments = Generator.count(c, "SELECT count(*) FROM appointment");
            assertTrue(appointments > 3_600 && appointments < 4_400, appointments + " appointments");
            // issue 14's proportions: 1,500,000 signed notes and 4,000,000 charge lines to 2,000,000 appointments
            long notes = Generator.count(c, "SELECT count(*) FROM visit_note WHERE status = 'SIGNED'");
            assertTrue(notes >= appointments * 0.75 && notes < appointments * 0.85, notes + " signed notes");
            long lines = Generator.count(c, "SELECT count(*) FROM charge_line");
            assertTrue(lines >= appointments * 2 && lines <= notes * 4, lines + " charge lines");
            assertTrue(Generator.count(c, "SELECT count(*) FROM appointment WHERE series_id IS NOT NULL")
                    > appointments / 10);
            assertTrue(Generator.count(c, "SELECT count(*) FROM claim WHERE status = 'PAID'") > 0);
            // a billing office works denials and short payments before they age past 120 days: the A/R
            // holds the last months' open claims, not ten years of them
            assertTrue(Generator.count(c, "SELECT count(*) FROM claim WHERE status = 'WRITTEN_OFF'") > 0);
            assertEquals(0, Generator.count(c, "SELECT count(*) FROM claim WHERE status IN ('DENIED', 'PARTIALLY_PAID')"
                    + " AND date_of_service < DATE '2026-12-04' - 150"), "denied or short-paid claims left unworked");
            // the charge review queue is worked too: sheets with warnings are fixed (kept as charted, with the
            // reason in their history) and approved within two weeks, so the queue holds the last days' sheets
            long reviewedWithFixes = Generator.count(c, "SELECT count(DISTINCT sheet_id) FROM charge_fix");
            assertTrue(reviewedWithFixes > 0, "sheets with warnings were reviewed");
            long waiting = Generator.count(c, "SELECT count(*) FROM charge_sheet WHERE status = 'TO_REVIEW'");
            long stale = Generator.count(c, "SELECT count(*) FROM charge_sheet WHERE status = 'TO_REVIEW'"
                    + " AND date_of_service < DATE '2026-12-04' - 30");
            assertTrue(stale * 20 <= waiting + 20, stale + " of " + waiting + " sheets in review are over 30 days old");
            assertTrue(Generator.count(c, "SELECT max(n) FROM (SELECT count(*) n FROM appointment GROUP BY patient_id) x")
                    >= 200, "a patient with hundreds of visits");
            assertEquals(rows.get("appointment"), appointments);
        }
    }

    @Test
    void foreignKeysHoldAndSequencesAreAhead() throws SQLException {
        try (Connection c = connect()) {
            assertEquals(java.util.List.of(), Checks.orphans(c));
            long max = Checks.maxId(c);
            long last = Generator.count(c, "SELECT last_value FROM clinic_id_seq");
            assertTrue(last >= max, "clinic_id_seq at " + last + ", ids up to " + max);
            // chart numbers as PatientService makes them: "P" and the sequence's number
            assertEquals(0, Generator.count(c, "SELECT count(*) FROM patient WHERE chart_number !~ '^P[0-9]+$'"));
            assertTrue(Generator.count(c, "SELECT last_value FROM patient_chart_seq")
                    >= Generator.count(c, "SELECT max(substr(chart_number, 2)::bigint) FROM patient"));
        }
    }

    @Test
    void listsAreStoredInTheEntitiesOwnTextForm() throws SQLException {
        try (Connection c = connect()) {
            assertEquals(0, Generator.count(c, "SELECT count(*) FROM charge_line WHERE diagnosis_pointers !~ '^[0-9]+(,[0-9]+)*$'"));
            assertEquals(0, Generator.count(c, "SELECT count(*) FROM charge_sheet WHERE diagnoses !~ '^[A-Z0-9.]+(,[A-Z0-9.]+)*$'"));
            assertEquals(0, Generator.count(c, "SELECT count(*) FROM appointment_series WHERE week_days !~ '^[1-7](,[1-7])*$'"));
        }
    }

    @Test
    void theAuditChainVerifiesAsTheApplicationChecksIt() throws SQLException {
        try (Connection c = connect()) {
            assertTrue(Generator.count(c, "SELECT count(*) FROM audit_event") > 10_000);
            assertEquals(Generator.count(c, "SELECT count(*) FROM audit_event"),
                    Generator.count(c, "SELECT count(*) FROM audit_seal"));
            assertEquals(0, Generator.count(c, "SELECT count(*) FROM audit_pending"), "every event sealed, none waiting");
            // nothing happened after the generated clinic's now (the last day's 18:00 in Chicago), and the front
            // desk booked in its day, not at night: bookings were once stamped up to four weeks ahead, at any hour
            assertEquals(0, Generator.count(c, "SELECT count(*) FROM audit_event WHERE occurred_at"
                    + " > TIMESTAMPTZ '2026-12-04 18:00:00 America/Chicago'"), "events after now");
            assertEquals(0, Generator.count(c, "SELECT count(*) FROM appointment WHERE booked_at"
                    + " > TIMESTAMPTZ '2026-12-04 18:00:00 America/Chicago'"), "appointments booked after now");
            assertEquals(0, Generator.count(c, "SELECT count(*) FROM audit_event WHERE source LIKE 'SchedulingService.book%'"
                    + " AND extract(hour FROM occurred_at AT TIME ZONE 'America/Chicago') NOT BETWEEN 8 AND 17"),
                    "bookings outside the desk's day");
            assertEquals(Optional.empty(), Checks.auditChain(c));
        }
    }

    @Test
    void theTriggersAreOnAndASignedNoteStaysFixed() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            assertThrows(SQLException.class, () -> s.executeUpdate(
                    "UPDATE visit_note SET subjective = 'x' WHERE id = (SELECT min(id) FROM visit_note WHERE status = 'SIGNED')"));
        }
    }

    @Test
    void aDatabaseWithDataIsRefused() {
        Generate.Refused refused = assertThrows(Generate.Refused.class, () -> Generate.run(new String[] {"--url", URL,
            "--user", "postgres", "--scale", "0.001"}, new PrintStream(new ByteArrayOutputStream(), true,
                    StandardCharsets.UTF_8)));
        assertTrue(refused.getMessage().contains("already has"));
    }
}
