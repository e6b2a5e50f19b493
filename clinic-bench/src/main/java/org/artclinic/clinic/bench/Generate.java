package org.artclinic.clinic.bench;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;

/**
 * The command: {@code Generate --url jdbc:postgresql://HOST:PORT/DB [--user U] [--password P]
 * [--scale 1] [--seed 42] [--until YYYY-MM-DD] [--staff-password TEXT]}. Migrates the empty database
 * with the application's Flyway scripts and fills it; refuses a database that has tables already.
 */
public final class Generate {

    /** The staff accounts' password unless --staff-password says otherwise (published, like the demo's). */
    static final String STAFF_PASSWORD = "demo1234"; // the documented demo password, as on the quick start

    private Generate() {
    }

    public static void main(String[] args) {
        try {
            Map<String, Long> rows = run(args, System.out);
            System.out.println("done: " + rows.values().stream().mapToLong(Long::longValue).sum() + " rows");
        } catch (Refused e) {
            System.err.println(e.getMessage());
            System.exit(2);
        } catch (Exception e) {
            e.printStackTrace();
            System.exit(1);
        }
    }

    /** Thrown when the database is not empty or the arguments are wrong. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    static Map<String, Long> run(String[] args, PrintStream log) throws Exception {
        String url = null;
        String user = "postgres";
        String password = "";
        double scale = 0.01;
        boolean scaledHistory = false;
        long seed = 42;
        LocalDate until = LocalDate.now(ZoneOffset.UTC);
        String staffPassword = STAFF_PASSWORD;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--url" -> url = value;
                case "--user" -> user = value;
                case "--password" -> password = value;
                case "--scale" -> scale = Double.parseDouble(value);
                case "--seed" -> seed = Long.parseLong(value);
                case "--history" -> scaledHistory = switch (String.valueOf(value)) {
                    case "scaled" -> true;
                    case "ten-years" -> false;
                    default -> throw new Refused("--history is ten-years (the default: a smaller clinic over ten years)"
                            + " or scaled (the clinic of scale 1 over a shorter history)");
                };
                case "--until" -> until = LocalDate.parse(value);
                case "--staff-password" -> staffPassword = value;
                default -> throw new Refused("unknown argument " + args[i] + "; give --url jdbc:postgresql://HOST:PORT/DB"
                        + " [--user U] [--password P] [--scale 1|0.1|0.01] [--history ten-years|scaled] [--seed N]"
                        + " [--until YYYY-MM-DD]");
            }
            i++;
        }
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            throw new Refused("give the database: --url jdbc:postgresql://HOST:PORT/DB (an empty database)");
        }
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            long tables = Generator.count(c, "SELECT count(*) FROM information_schema.tables"
                    + " WHERE table_schema = current_schema()");
            if (tables > 0) {
                throw new Refused("refused: " + url + " already has " + tables + " tables; the generator writes only"
                        + " into a new, empty database (createdb NAME)");
            }
        }
        Scale s = scaledHistory ? Scale.sameClinic(scale) : Scale.of(scale);
        log.printf("scale %s: %d locations, %d practitioners, %,d patients, about %,d appointments over %s; seed %d,"
                + " last day %s%n", scale, s.locations(), s.practitioners(), s.patients(), s.appointments(), s.history(),
                seed, until);
        Flyway.configure(Generate.class.getClassLoader()).dataSource(url, user, password)
                .locations("classpath:db/migration", "classpath:db/vendor/postgresql").failOnMissingLocations(true)
                .load().migrate();
        log.printf("schema migrated (%.1f s)%n", (System.nanoTime() - start) / 1e9);
        long t = System.nanoTime();
        Plan plan = Plan.make(s, until, seed);
        log.printf("planned %,d appointments (%,d in %,d series) in %.1f s%n", plan.count, plan.inSeries(),
                plan.seriesCount, (System.nanoTime() - t) / 1e9);
        Generator generator = new Generator(url, user, password, plan, seed, staffPassword, log);
        Map<String, Long> rows = generator.run();
        t = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            generator.advanceSequences(c);
            try (Statement st = c.createStatement()) {
                // as autovacuum leaves a database that has been in use for years: statistics, and the
                // visibility map that lets a count or a range read only an index (without it every
                // index-only scan visits the table: the charge queue's count took 147 ms at scale 1)
                st.execute("VACUUM (ANALYZE)");
            }
            log.printf("sequences advanced, VACUUM (ANALYZE) done (%.1f s)%n", (System.nanoTime() - t) / 1e9);
            t = System.nanoTime();
            List<String> orphans = Checks.orphans(c);
            if (!orphans.isEmpty()) {
                throw new SQLException("foreign keys broken: " + orphans);
            }
            log.printf("foreign keys checked (%.1f s)%n", (System.nanoTime() - t) / 1e9);
            try (Statement st = c.createStatement(); ResultSet r = st.executeQuery("SELECT current_database()")) {
                r.next();
                String database = r.getString(1);
                // what made this clinic, so that the benchmark does not reuse one an older plan made
                st.execute("COMMENT ON DATABASE \"" + database.replace("\"", "\"\"") + "\" IS '"
                        + madeBy(scale, scaledHistory, seed) + "'");
            }
        }
        log.printf("total %.1f s%n", (System.nanoTime() - start) / 1e9);
        return rows;
    }

    /**
     * The comment the generator leaves on the database: the plan's version, the scale, the history and
     * the seed. The benchmark reuses a database only if it reads the same.
     */
    static String madeBy(double scale, boolean scaledHistory, long seed) {
        return "clinic-bench plan " + Plan.VERSION + ", scale " + scale + ", " + (scaledHistory ? "scaled" : "ten-years")
                + " history, seed " + seed;
    }
}
