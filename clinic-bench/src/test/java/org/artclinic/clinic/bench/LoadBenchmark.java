package org.artclinic.clinic.bench;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.artclinic.clinic.testsupport.ApiClient;
import org.artclinic.clinic.testsupport.WebClient;

/**
 * The benchmark of issue 14: the application on Payara Micro with a generated clinic in PostgreSQL
 * on the same machine, driven from loopback.
 *
 * <ol>
 * <li>The database: generated at the scale asked for, or reused when it already holds that clinic.</li>
 * <li>Start-up: from the process's start to {@code /health/ready}.</li>
 * <li>Fifty simulated members of staff (by default), each signed in once with a session of their own
 * for pages and a personal API token for REST, working through a mix of their screens with a think
 * time of about 2 s (1 to 3 s): the desk searches patients and reads calendars and the day sheet,
 * practitioners open the patient with the most visits and chart (save ART entries, sign notes), the
 * managers read the charge queue and the month-end reports, an administrator the audit report of
 * one patient. After a warm-up, every request's latency is recorded per screen, with resident memory.</li>
 * <li>Closed loop: as many REST calls (patient search, a practitioner's week), then page views (day
 * sheet, patient), as a pool of clients without think time can get answered.</li>
 * <li>Reports against plain SQL: each report's REST call, alone, against the same aggregate as plain
 * SQL over JDBC (what psql would run), by median of repeated runs.</li>
 * <li>Optionally the quick start: the self-contained build with the embedded database and the demo
 * clinic, start to ready.</li>
 * </ol>
 *
 * <p>It writes a Markdown report with each figure beside its target and a CSV of the same figures.
 */
final class LoadBenchmark {

    /** The run's settings. */
    record Settings(double scale, boolean scaledHistory, long seed, int users, Duration warmUp, Duration measure,
            Duration closedLoop, int closedLoopClients, String database, boolean quickStart, Path out) {

        static Settings fromSystemProperties() {
            double scale = Double.parseDouble(System.getProperty("clinic.bench.scale", "0.01"));
            // "scaled": the clinic of scale 1 over a shorter history (Scale.sameClinic), for the growth target
            boolean scaledHistory = "scaled".equals(System.getProperty("clinic.bench.history", "ten-years"));
            return new Settings(scale, scaledHistory, Long.getLong("clinic.bench.seed", 42L),
                    Integer.getInteger("clinic.bench.users", 50),
                    Duration.ofSeconds(Long.getLong("clinic.bench.warmupSeconds", 60L)),
                    Duration.ofSeconds(Long.getLong("clinic.bench.measureSeconds", 180L)),
                    Duration.ofSeconds(Long.getLong("clinic.bench.closedLoopSeconds", 30L)),
                    Integer.getInteger("clinic.bench.closedLoopClients", 16),
                    System.getProperty("clinic.bench.database", "clinic_bench_" + tag(scale) + (scaledHistory ? "_scaled" : "")),
                    Boolean.parseBoolean(System.getProperty("clinic.bench.quickStart", "true")),
                    Path.of(System.getProperty("clinic.bench.out", "target/bench")));
        }

        static String tag(double scale) {
            return String.valueOf(scale).replace(".", "_");
        }

        /** The name of the report's files: {@code scale-0_01}, or {@code scale-0_01-scaled} for a shorter history. */
        String name() {
            return "scale-" + tag(scale) + (scaledHistory ? "-scaled" : "");
        }

        Scale shape() {
            return scaledHistory ? Scale.sameClinic(scale) : Scale.of(scale);
        }
    }

    /** One line of the report: a figure, its target and whether it was met. */
    record Figure(String what, String value, String target, Boolean met) {
    }

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    /** The servers' files and console logs (under the module's target/, whatever the report's folder). */
    private static final Path WORK = Path.of("target", "bench-servers");
    private static final Duration THINK = Duration.ofSeconds(2);
    private static final long SCREEN_TARGET_MICROS = 100_000;
    private static final long REPORT_TARGET_MICROS = 1_000_000;
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");

    /** The screens and API calls whose p95 must stay under 100 ms and not grow with the history. */
    static final List<String> INTERACTIVE = List.of("sign-in page", "search: name prefix (API)", "search: phone (API)",
            "search: chart number (API)", "patient list page", "calendar: practitioner day (API)",
            "calendar: practitioner week (API)", "calendar: location day (API)", "calendar: location week (API)",
            "calendar page: practitioner week", "calendar page: location day", "day sheet page",
            "busiest patient: header (API)", "busiest patient: appointments tab", "busiest patient: charting tab",
            "busiest patient: outcomes tab", "open a visit note (API)", "save an ART entry (API)", "sign a note (API)",
            "charge review queue (API)", "charge review queue page");
    /** The reports: under 1 s, within twice the plain SQL. */
    static final List<String> REPORTS = List.of("month-end revenue (API)", "A/R aging, all payers (API)",
            "audit report, one patient, ten years (API)");

    private final Settings settings;
    private final Recorder recorder = new Recorder();
    private final List<Figure> figures = new ArrayList<>();
    private final Map<String, String> csv = new LinkedHashMap<>();
    private final List<Long> resident = java.util.Collections.synchronizedList(new ArrayList<>());
    private volatile long endOfLoad;
    private String jdbcUrl;
    private Fixture fixture;
    private URL base;

    LoadBenchmark(Settings settings) {
        this.settings = settings;
    }

    /** Runs everything; answers the report (also written to {@code out}). */
    String run() throws Exception {
        Files.createDirectories(settings.out());
        String generated = database();
        try (ClinicServer server = ClinicServer.start(WORK.resolve("server-" + System.nanoTime()),
                Map.of("CLINIC_DB_URL", jdbcUrl, "CLINIC_DB_USER", "postgres", "CLINIC_DB_PASSWORD", "unused-trust-auth",
                        "CLINIC_DB_DATASOURCE", "org.postgresql.ds.PGSimpleDataSource"), List.of())) {
            base = server.base();
            figures.add(new Figure("start-up to ready (PostgreSQL, this scale)", server.readyMillis() + " ms", "", null));
            csv.put("startup_ms", String.valueOf(server.readyMillis()));
            Random random = new Random(settings.seed());
            fixture = Fixture.read(jdbcUrl, random);
            List<String> logins = new ArrayList<>(List.of("frontdesk", "manager", "admin"));
            fixture.practitioners.forEach(p -> logins.add(p.login()));
            fixture.makeTokens(base, logins);
            load(server, random);
            closedLoop();
            reportsAgainstSql();
        }
        if (settings.quickStart()) {
            quickStart();
        }
        return report(generated);
    }

    // ------------------------------------------------------------------ the database

    /** Generates the clinic unless the database already holds one; says which. */
    private String database() throws Exception {
        jdbcUrl = SERVER + settings.database();
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", "postgres", "")) {
            boolean exists;
            try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                s.setString(1, settings.database());
                exists = s.executeQuery().next();
            }
            if (exists && hasClinic()) {
                return "reused the database " + settings.database() + " (generated before)";
            }
            if (!exists) {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE DATABASE " + settings.database());
                }
            }
        }
        long started = System.nanoTime();
        Generate.run(new String[] {"--url", jdbcUrl, "--user", "postgres", "--scale", String.valueOf(settings.scale()),
            "--history", settings.scaledHistory() ? "scaled" : "ten-years",
            "--seed", String.valueOf(settings.seed())}, System.out);
        return String.format("generated the database %s in %.0f s", settings.database(), (System.nanoTime() - started) / 1e9);
    }

    /**
     * Whether the database holds a clinic that this generator made with these settings; refuses one
     * that an older plan or other settings made (the comparison with earlier runs would be wrong).
     */
    private boolean hasClinic() throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "");
                ResultSet r = c.createStatement().executeQuery("SELECT (SELECT COUNT(*) FROM information_schema.tables"
                        + " WHERE table_name = 'visit_note'), shobj_description(oid, 'pg_database')"
                        + " FROM pg_database WHERE datname = current_database()")) {
            r.next();
            if (r.getInt(1) == 0) {
                return false;
            }
            String wanted = Generate.madeBy(settings.scale(), settings.scaledHistory(), settings.seed());
            if (!wanted.equals(r.getString(2))) {
                throw new IllegalStateException("the database " + settings.database() + " holds a clinic made by "
                        + (r.getString(2) == null ? "an older generator" : "'" + r.getString(2) + "'") + ", not by '"
                        + wanted + "'; drop it (dropdb -h 127.0.0.1 -U postgres " + settings.database()
                        + ") to generate it again, or name another with -Dclinic.bench.database=NAME");
            }
            return true;
        }
    }

    // ------------------------------------------------------------------ fifty users with think time

    private void load(ClinicServer server, Random random) throws Exception {
        List<Thread> users = new ArrayList<>();
        int practitioners = Math.max(1, settings.users() * 2 / 5);
        int desk = Math.max(1, settings.users() * 2 / 5);
        int managers = Math.max(1, settings.users() - practitioners - desk - 1);
        List<Fixture.Charting> charting = new ArrayList<>();
        int notesEach = (int) Math.max(4, settings.warmUp().plus(settings.measure()).toSeconds() / 40);
        for (int i = 0; i < practitioners; i++) {
            Fixture.Practitioner practitioner = fixture.practitioners.get(i % fixture.practitioners.size());
            charting.add(fixture.charting(base, jdbcUrl, practitioner, notesEach, i));
        }
        long start = System.nanoTime();
        endOfLoad = start + settings.warmUp().plus(settings.measure()).toNanos();
        for (int i = 0; i < desk; i++) {
            Random own = new Random(random.nextLong());
            users.add(user("desk-" + i, () -> desk(own)));
        }
        for (Fixture.Charting c : charting) {
            Random own = new Random(random.nextLong());
            users.add(user("practitioner-" + c.practitioner.login(), () -> practitioner(c, own)));
        }
        for (int i = 0; i < managers; i++) {
            Random own = new Random(random.nextLong());
            users.add(user("manager-" + i, () -> manager(own)));
        }
        Random adminRandom = new Random(random.nextLong());
        users.add(user("admin", () -> admin(adminRandom)));
        // they arrive over the first half of the warm-up, as a clinic's staff sign in over the morning,
        // not in the same second (each sign-in is a full password hash, a third of a second of a core)
        long arrivals = settings.warmUp().toMillis() / 2;
        for (Thread user : users) {
            user.start();
            Thread.sleep(arrivals / users.size());
        }
        Thread.sleep(Math.max(0, settings.warmUp().toMillis() - arrivals));
        recorder.measuring(true);
        while (System.nanoTime() < endOfLoad) {
            resident.add(server.residentKiB());
            Thread.sleep(2_000);
        }
        recorder.measuring(false);
        for (Thread user : users) {
            user.join(60_000);
        }
    }

    private static Thread user(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        return thread;
    }

    private boolean loading() {
        return System.nanoTime() < endOfLoad;
    }

    private static void think(Random random) {
        try {
            Thread.sleep(THINK.toMillis() / 2 + random.nextInt((int) THINK.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A browser's sign-in: the page, then the form (its password check is not a screen of the mix). */
    private WebClient signedIn(String login, Random random) {
        for (int attempt = 1; ; attempt++) {
            WebClient browser = new WebClient(base, HttpClient.Version.HTTP_1_1);
            recorder.call("sign-in page", 200, () -> browser.get("login.xhtml"));
            if (recorder.call("sign in (form, full password hash)", 302, () -> browser.login(login, Fixture.PASSWORD)) != null
                    || attempt == 3) {
                return browser; // after three failures the pages it opens are counted as errors
            }
            think(random);
        }
    }

    private void desk(Random random) {
        WebClient browser = signedIn("frontdesk", random);
        WebClient signedOut = new WebClient(base, HttpClient.Version.HTTP_1_1);
        ApiClient api = fixture.api(base, "frontdesk");
        while (loading()) {
            think(random);
            Fixture.PatientKey patient = fixture.patients.get(random.nextInt(fixture.patients.size()));
            Fixture.Practitioner practitioner = fixture.practitioners.get(random.nextInt(fixture.practitioners.size()));
            LocalDate day = fixture.today.minusDays(random.nextInt(28));
            switch (random.nextInt(13)) {
                case 12 -> recorder.call("sign-in page", 200, () -> signedOut.get("login.xhtml"));
                case 0, 1 -> recorder.call("search: name prefix (API)", 200,
                        () -> api.get("api/patients?q=" + patient.familyPrefix()));
                case 2 -> recorder.call("search: phone (API)", 200, () -> api.get("api/patients?q="
                        + java.net.URLEncoder.encode(patient.phone(), StandardCharsets.UTF_8)));
                case 3 -> recorder.call("search: chart number (API)", 200, () -> api.get("api/patients?q="
                        + patient.chartNumber()));
                case 4 -> recorder.call("patient list page", 200, () -> browser.get("patient/patients.xhtml"));
                case 5 -> recorder.call("calendar: practitioner day (API)", 200, () -> api.get("api/appointments?practitionerId="
                        + practitioner.id() + range(day, 1)));
                case 6 -> recorder.call("calendar: practitioner week (API)", 200, () -> api.get("api/appointments?practitionerId="
                        + practitioner.id() + range(day.with(DayOfWeek.MONDAY), 7)));
                case 7 -> recorder.call("calendar: location day (API)", 200, () -> api.get("api/appointments?locationId="
                        + practitioner.locationId() + range(day, 1)));
                case 8 -> recorder.call("calendar: location week (API)", 200, () -> api.get("api/appointments?locationId="
                        + practitioner.locationId() + range(day.with(DayOfWeek.MONDAY), 7)));
                case 9 -> calendarPage(browser, "calendar page: practitioner week", "scheduling/calendar.xhtml?location="
                        + practitioner.locationId() + "&practitioner=" + practitioner.id() + "&date=" + day + "&layout=week",
                        List.of("calendarForm:schedule"), day.with(DayOfWeek.MONDAY), 7);
                case 10 -> calendarPage(browser, "calendar page: location day", "scheduling/calendar.xhtml?location="
                        + practitioner.locationId() + "&date=" + day, null, day, 1);
                default -> recorder.call("day sheet page", 200, () -> browser.get("scheduling/today.xhtml"));
            }
        }
    }

    private static String range(LocalDate first, int days) {
        return "&from=" + encode(first.atStartOfDay(Fixture.ZONE)) + "&to=" + encode(first.plusDays(days).atStartOfDay(Fixture.ZONE));
    }

    private static String encode(ZonedDateTime time) {
        return java.net.URLEncoder.encode(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time), StandardCharsets.UTF_8);
    }

    /**
     * A calendar screen as the browser loads it: the page, then the appointments (for a practitioner's
     * week, the schedule's own request; for a location's day, one request for every column, the page's
     * remote command {@code loadColumns}), timed together.
     */
    private void calendarPage(WebClient browser, String screen, String path, List<String> schedules, LocalDate first,
            int days) {
        long started = System.nanoTime();
        HttpResponse<String> page = recorder.call(screen + " (the page alone)", 200, () -> browser.get(path));
        if (page == null) {
            return;
        }
        Matcher viewState = VIEW_STATE.matcher(page.body());
        if (!viewState.find()) {
            recorder.error(screen + ": no form on the page");
            return;
        }
        String from = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(first.atStartOfDay(Fixture.ZONE));
        String to = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(first.plusDays(days).atStartOfDay(Fixture.ZONE));
        if (schedules == null) {
            String command = "calendarForm:loadColumns";
            HttpResponse<String> columns = recorder.call(screen + " (appointments)", 200, () -> browser.ajax(path,
                    viewState.group(1), "calendarForm", command, null,
                    Map.of(command, command, "clinicFrom", from, "clinicTo", to), "@none"));
            if (columns == null) {
                return;
            }
            if (!columns.body().contains("columns")) {
                recorder.error(screen + ": no columns in the answer");
                return;
            }
            recorder.record(screen, System.nanoTime() - started);
            return;
        }
        for (String schedule : schedules) {
            HttpResponse<String> events = recorder.call(screen + " (appointments)", 200, () -> browser.ajax(path,
                    viewState.group(1), "calendarForm", schedule, null, Map.of(schedule + "_event", "true",
                            schedule + "_start", from, schedule + "_end", to), schedule));
            if (events == null) {
                return;
            }
        }
        recorder.record(screen, System.nanoTime() - started);
    }

    private void practitioner(Fixture.Charting charting, Random random) {
        WebClient browser = signedIn(charting.practitioner.login(), random);
        ApiClient api = fixture.api(base, charting.practitioner.login());
        long patient = charting.practitioner.busiestPatient();
        String chart = charting.practitioner.busiestChart();
        while (loading()) {
            think(random);
            switch (random.nextInt(8)) {
                case 0 -> recorder.call("busiest patient: header (API)", 200, () -> api.get("api/patients/" + patient));
                case 1 -> showsPatient(recorder.call("busiest patient: appointments tab", 200,
                        () -> browser.get("patient/patient.xhtml?id=" + patient + "&tab=appointments")), chart);
                case 2 -> showsPatient(recorder.call("busiest patient: charting tab", 200,
                        () -> browser.get("patient/patient.xhtml?id=" + patient + "&tab=charting")), chart);
                case 3 -> showsPatient(recorder.call("busiest patient: outcomes tab", 200,
                        () -> browser.get("patient/patient.xhtml?id=" + patient + "&tab=outcomes")), chart);
                default -> chart(charting, api, random);
            }
        }
    }

    /** A patient page that shows the patient (not the break-glass question or an error page). */
    private void showsPatient(HttpResponse<String> page, String chartNumber) {
        if (page != null && !page.body().contains(chartNumber)) {
            recorder.error("the patient page does not show chart " + chartNumber + ": "
                    + page.body().substring(0, Math.min(300, page.body().length())));
        }
    }

    /** Opens the next note when none is open, adds an ART entry, and signs after two to four entries. */
    private void chart(Fixture.Charting charting, ApiClient api, Random random) {
        if (charting.draft == null) {
            Long appointment = charting.appointments.poll();
            if (appointment == null) {
                return; // charted every prepared visit
            }
            HttpResponse<String> opened = recorder.call("open a visit note (API)", 201,
                    () -> api.post("api/visits", "{\"appointmentId\": " + appointment + "}"));
            if (opened == null) {
                return;
            }
            charting.draft = Long.parseLong(ApiClient.field(opened.body(), "id"));
            charting.entries = 0;
            think(random);
        }
        long protocol = fixture.protocols.get(random.nextInt(fixture.protocols.size()));
        if (charting.entries < 2 || (charting.entries < 4 && random.nextBoolean())) {
            if (recorder.call("save an ART entry (API)", 201, () -> api.post("api/visits/" + charting.draft + "/art-entries",
                    "{\"protocolId\": " + protocol + ", \"side\": \"RIGHT\", \"passes\": 3, \"tension\": \"MODERATE\","
                            + " \"painBefore\": 6, \"painAfter\": 3}")) != null) {
                charting.entries++;
            }
        } else {
            recorder.call("sign a note (API)", 200, () -> api.post("api/visits/" + charting.draft + "/sign",
                    "{\"password\": \"" + Fixture.PASSWORD + "\"}"));
            charting.draft = null;
        }
    }

    private void manager(Random random) {
        WebClient browser = signedIn("manager", random);
        ApiClient api = fixture.api(base, "manager");
        while (loading()) {
            think(random);
            switch (random.nextInt(6)) {
                case 0, 1 -> recorder.call("charge review queue (API)", 200, () -> api.get("api/charges?status=TO_REVIEW"));
                case 2, 3 -> recorder.call("charge review queue page", 200, () -> browser.get("billing/charges.xhtml"));
                case 4 -> recorder.call("month-end revenue (API)", 200, () -> api.get(revenuePath()));
                default -> recorder.call("A/R aging, all payers (API)", 200, () -> api.get("api/reports/ar-aging"));
            }
        }
    }

    private String revenuePath() {
        return "api/reports/revenue?from=" + fixture.monthStart + "&to=" + fixture.monthStart.plusMonths(1).minusDays(1);
    }

    private String auditPath() {
        return "api/audit?patientId=" + fixture.busiestPatient + "&from=" + fixture.today.minusYears(10) + "&to="
                + fixture.today.plusDays(1);
    }

    private void admin(Random random) {
        ApiClient api = fixture.api(base, "admin");
        while (loading()) {
            think(random);
            recorder.call("audit report, one patient, ten years (API)", 200, () -> api.get(auditPath()));
        }
    }

    // ------------------------------------------------------------------ closed loop

    private void closedLoop() throws Exception {
        double rest = closedLoop("REST", client -> {
            ApiClient api = fixture.api(base, "frontdesk");
            return n -> api.get(restLoopPath(n));
        });
        // The target is judged on wrk's loop where wrk is installed: the Java clients above share the two
        // cores with the server and take about a third of one to decode the answers (decision 0062).
        java.util.Optional<Path> wrk = WrkLoop.find();
        String target = "closed loop: authenticated REST calls (search, a week)";
        figures.add(new Figure(target + (wrk.isPresent() ? ", Java clients in the benchmark's JVM" : ""),
                String.format("%.0f /s", rest), wrk.isPresent() ? "" : "≥ 300 /s", wrk.isPresent() ? null : rest >= 300));
        csv.put("closed_loop_rest_java_per_s", String.format("%.1f", rest));
        if (wrk.isPresent()) {
            List<String> paths = new ArrayList<>();
            for (int n = 0; n < 2 * Math.max(fixture.patients.size(), fixture.practitioners.size()); n++) {
                paths.add(base.getPath() + restLoopPath(n));
            }
            String token = fixture.tokens.get("frontdesk");
            Path dir = WORK.resolve("wrk");
            WrkLoop.run(wrk.get(), base, token, paths, settings.closedLoopClients(), Duration.ofSeconds(5), dir);
            WrkLoop.Result result = WrkLoop.run(wrk.get(), base, token, paths, settings.closedLoopClients(),
                    settings.closedLoop(), dir);
            if (result.failed() > 0) {
                recorder.error("closed loop (REST, wrk): " + result.failed() + " of " + result.requests()
                        + " requests failed or were not answered 2xx");
            }
            double answered = result.answeredPerSecond();
            figures.add(new Figure(target + ", wrk", String.format("%.0f /s", answered), "≥ 300 /s", answered >= 300));
            csv.put("closed_loop_rest_per_s", String.format("%.1f", answered));
        } else {
            csv.put("closed_loop_rest_per_s", String.format("%.1f", rest));
        }
        double pages = closedLoop("pages", client -> {
            WebClient browser = new WebClient(base, HttpClient.Version.HTTP_1_1);
            Fixture.require(browser.login("frontdesk", Fixture.PASSWORD), 302, "sign in");
            return n -> n % 2 == 0 ? browser.get("scheduling/today.xhtml") : browser.get("patient/patients.xhtml");
        });
        figures.add(new Figure("closed loop: full page views (day sheet, patient list)", String.format("%.0f /s", pages),
                "≥ 100 /s", pages >= 100));
        csv.put("closed_loop_pages_per_s", String.format("%.1f", pages));
    }

    /** The REST loop's {@code n}-th call: a patient search by name, then a practitioner's week, in turn. */
    private String restLoopPath(int n) {
        Fixture.PatientKey patient = fixture.patients.get(n % fixture.patients.size());
        Fixture.Practitioner p = fixture.practitioners.get(n % fixture.practitioners.size());
        return n % 2 == 0 ? "api/patients?q=" + java.net.URLEncoder.encode(patient.familyPrefix(), StandardCharsets.UTF_8)
                : "api/appointments?practitionerId=" + p.id() + range(fixture.today.with(DayOfWeek.MONDAY), 7);
    }

    interface Request {
        HttpResponse<String> send(int n) throws Exception;
    }

    interface Client {
        Request make(int client) throws Exception;
    }

    /** Requests per second that {@code clients} clients without think time get answered 200. */
    private double closedLoop(String what, Client factory) throws Exception {
        List<Request> clients = new ArrayList<>();
        for (int i = 0; i < settings.closedLoopClients(); i++) {
            clients.add(factory.make(i));
        }
        AtomicLong answered = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long warm = System.nanoTime() + 5_000_000_000L;
        long end = warm + settings.closedLoop().toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients.size(); i++) {
            Request request = clients.get(i);
            int first = i * 1_000;
            threads.add(user("closed-loop-" + what + "-" + i, () -> {
                for (int n = first; System.nanoTime() < end; n++) {
                    try {
                        HttpResponse<String> response = request.send(n);
                        if (System.nanoTime() >= warm) {
                            (response.statusCode() == 200 ? answered : failed).incrementAndGet();
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        if (failed.get() > 0) {
            recorder.error("closed loop (" + what + "): " + failed.get() + " requests failed");
        }
        return answered.get() / (double) settings.closedLoop().toSeconds();
    }

    // ------------------------------------------------------------------ reports against plain SQL

    private void reportsAgainstSql() throws Exception {
        ApiClient manager = fixture.api(base, "manager");
        ApiClient admin = fixture.api(base, "admin");
        LocalDate from = fixture.monthStart;
        LocalDate to = from.plusMonths(1).minusDays(1);
        LocalDate today = fixture.today;
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
            compare("month-end revenue (API)", () -> manager.get(revenuePath()), null, c, List.of(
                    "SELECT s.practitioner_id, p.display_name, COUNT(DISTINCT s.id), SUM(l.units), SUM(l.amount)"
                            + " FROM charge_line l JOIN charge_sheet s ON s.id = l.sheet_id"
                            + " JOIN practitioner p ON p.id = s.practitioner_id"
                            + " WHERE s.date_of_service BETWEEN DATE '" + from + "' AND DATE '" + to + "'"
                            + " GROUP BY s.practitioner_id, p.display_name ORDER BY s.practitioner_id",
                    "SELECT s.practitioner_id, SUM(c.paid) FROM claim c JOIN charge_sheet s ON s.id = c.sheet_id"
                            + " WHERE s.date_of_service BETWEEN DATE '" + from + "' AND DATE '" + to + "'"
                            + " AND c.date_of_service BETWEEN DATE '" + from + "' AND DATE '" + to + "'"
                            + " GROUP BY s.practitioner_id"));
            compare("A/R aging, all payers (API)", () -> manager.get("api/reports/ar-aging"), null, c, List.of(
                    "SELECT c.payer_id, y.name"
                            + ", SUM(CASE WHEN c.date_of_service >= DATE '" + today.minusDays(30) + "' THEN c.balance ELSE 0 END)"
                            + ", SUM(CASE WHEN c.date_of_service <= DATE '" + today.minusDays(31) + "' AND c.date_of_service >= DATE '"
                            + today.minusDays(60) + "' THEN c.balance ELSE 0 END)"
                            + ", SUM(CASE WHEN c.date_of_service <= DATE '" + today.minusDays(61) + "' AND c.date_of_service >= DATE '"
                            + today.minusDays(90) + "' THEN c.balance ELSE 0 END)"
                            + ", SUM(CASE WHEN c.date_of_service <= DATE '" + today.minusDays(91) + "' AND c.date_of_service >= DATE '"
                            + today.minusDays(120) + "' THEN c.balance ELSE 0 END)"
                            + ", SUM(CASE WHEN c.date_of_service <= DATE '" + today.minusDays(121) + "' THEN c.balance ELSE 0 END)"
                            + ", SUM(c.balance) FROM claim c JOIN payer y ON y.id = c.payer_id"
                            + " WHERE c.status NOT IN ('PAID', 'WRITTEN_OFF') AND c.balance > 0"
                            + " GROUP BY c.payer_id, y.name ORDER BY y.name"));
            String patientPeriod = " FROM audit_event WHERE patient_id = " + fixture.busiestPatient
                    + " AND occurred_at >= TIMESTAMPTZ '" + today.minusYears(10).atStartOfDay(Fixture.ZONE).toOffsetDateTime()
                    + "' AND occurred_at < TIMESTAMPTZ '" + today.plusDays(1).atStartOfDay(Fixture.ZONE).toOffsetDateTime() + "'";
            // its SQL takes about 2 ms, less than the smallest authenticated call: that call is timed beside it, so that
            // the report shows how much of the ratio is the call's fixed cost (bench/RESULTS.md, twenty-first session)
            compare("audit report, one patient, ten years (API)", () -> admin.get(auditPath()),
                    () -> admin.get("api/practitioners"), c, List.of(
                    "SELECT COUNT(*)" + patientPeriod, "SELECT *" + patientPeriod + " ORDER BY occurred_at DESC, id DESC LIMIT 50"));
        }
    }

    /**
     * The report's call alone, against its SQL, median of nine runs each after one to warm up; with
     * {@code smallest} (or null), the smallest authenticated call timed in the same rounds, for reference.
     */
    private void compare(String report, java.util.concurrent.Callable<HttpResponse<String>> call,
            java.util.concurrent.Callable<HttpResponse<String>> smallest, Connection c, List<String> sql) throws Exception {
        long[] api = new long[9];
        long[] plain = new long[9];
        long[] least = new long[9];
        for (int run = -1; run < 9; run++) {
            long started = System.nanoTime();
            HttpResponse<String> response = call.call();
            long took = System.nanoTime() - started;
            if (response.statusCode() != 200) {
                recorder.error(report + " (alone) answered " + response.statusCode());
            }
            if (smallest != null) {
                started = System.nanoTime();
                HttpResponse<String> small = smallest.call();
                if (run >= 0) {
                    least[run] = (System.nanoTime() - started) / 1_000;
                }
                if (small.statusCode() != 200) {
                    recorder.error(report + ": the smallest authenticated call answered " + small.statusCode());
                }
            }
            started = System.nanoTime();
            for (String query : sql) {
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(query)) {
                    while (r.next()) {
                        r.getObject(1);
                    }
                }
            }
            if (run >= 0) {
                api[run] = took / 1_000;
                plain[run] = (System.nanoTime() - started) / 1_000;
            }
        }
        java.util.Arrays.sort(api);
        java.util.Arrays.sort(plain);
        long apiMedian = api[4];
        long sqlMedian = Math.max(1, plain[4]);
        double ratio = apiMedian / (double) sqlMedian;
        String key = report.replaceAll("[^A-Za-z]+", "_").toLowerCase(java.util.Locale.ROOT);
        csv.put(key + "alone_ms", ms(apiMedian));
        csv.put(key + "sql_ms", ms(sqlMedian));
        figures.add(new Figure(report + ": alone, median", ms(apiMedian) + " ms", "< 1000 ms", apiMedian < REPORT_TARGET_MICROS));
        figures.add(new Figure(report + ": plain SQL over JDBC, median", ms(sqlMedian) + " ms", "", null));
        figures.add(new Figure(report + ": ratio to plain SQL", String.format("%.1f×", ratio), "≤ 2×", ratio <= 2.0));
        if (smallest != null) {
            java.util.Arrays.sort(least);
            csv.put(key + "smallest_call_ms", ms(least[4]));
            figures.add(new Figure(report + ": the smallest authenticated call (GET api/practitioners), median",
                    ms(least[4]) + " ms", "", null));
            figures.add(new Figure(report + ": the smallest authenticated call's ratio to the report's plain SQL",
                    String.format("%.1f×", least[4] / (double) sqlMedian), "", null));
        }
    }

    // ------------------------------------------------------------------ the quick start

    private void quickStart() throws Exception {
        // as ./mvnw -Prun package starts it: with the quick start's JIT option from the parent POM (decision 0059)
        try (ClinicServer quick = ClinicServer.start(WORK.resolve("quick-start-" + System.nanoTime()), Map.of(),
                List.of(quickStartJit(), "-Dclinic.demo.seed=true"))) {
            figures.add(new Figure("quick start (embedded H2, demo clinic): start to ready", quick.readyMillis() + " ms",
                    "< 15000 ms", quick.readyMillis() < 15_000));
            csv.put("quick_start_ms", String.valueOf(quick.readyMillis()));
        }
    }

    private static String quickStartJit() {
        String option = System.getProperty("clinic.quickstart.jit");
        if (option == null || !option.startsWith("-XX:")) {
            throw new IllegalStateException("System property clinic.quickstart.jit must hold the quick start's JIT option"
                    + " (set from the parent POM when run by Maven's failsafe), not " + option);
        }
        return option;
    }

    // ------------------------------------------------------------------ the report

    private static String ms(long micros) {
        return micros >= 10_000 ? String.valueOf(micros / 1_000) : String.format("%.1f", micros / 1000.0);
    }

    private String report(String generated) throws IOException {
        StringBuilder text = new StringBuilder();
        Scale shape = settings.shape();
        text.append("## Scale ").append(settings.scale()).append(settings.scaledHistory() ? ", the clinic of scale 1 over "
                + shape.history().getDays() + " days" : "").append("\n\n");
        text.append(machine()).append('\n');
        text.append("- ").append(generated).append(": ").append(counts()).append('\n');
        text.append("- the measured node: Payara Micro, `").append(ClinicServer.jvmOptions())
                .append("`, the full JIT (the quick start's figure: its own options)\n");
        text.append("- ").append(settings.users()).append(" simulated users, think time 1 to 3 s; warm-up ")
                .append(settings.warmUp().toSeconds()).append(" s, measured ").append(settings.measure().toSeconds())
                .append(" s; closed loop ").append(settings.closedLoopClients()).append(" clients for ")
                .append(settings.closedLoop().toSeconds()).append(" s each\n\n");
        text.append("| screen or call | count | p50 ms | p95 ms | p99 ms | max ms | target (p95) | |\n");
        text.append("|---|---:|---:|---:|---:|---:|---|---|\n");
        List<String> rows = new ArrayList<>(INTERACTIVE);
        rows.addAll(REPORTS);
        rows.addAll(List.of("calendar page: practitioner week (the page alone)", "calendar page: practitioner week (appointments)",
                "calendar page: location day (the page alone)", "calendar page: location day (appointments)"));
        for (String operation : rows) {
            java.util.Optional<long[]> f = recorder.figures(operation);
            boolean interactive = INTERACTIVE.contains(operation);
            boolean report = REPORTS.contains(operation);
            String target = interactive ? "< 100 ms" : report ? "< 1000 ms" : "";
            if (f.isEmpty()) {
                text.append("| ").append(operation).append(" | 0 | | | | | ").append(target).append(" | not measured |\n");
                continue;
            }
            long[] v = f.get();
            long limit = interactive ? SCREEN_TARGET_MICROS : REPORT_TARGET_MICROS;
            String verdict = target.isEmpty() ? "" : v[2] < limit ? "met" : "**missed**";
            text.append(String.format("| %s | %d | %s | %s | %s | %s | %s | %s |%n", operation, v[0], ms(v[1]), ms(v[2]),
                    ms(v[3]), ms(v[4]), target, verdict));
            csv.put(operation, v[0] + ";" + ms(v[1]) + ";" + ms(v[2]) + ";" + ms(v[3]));
        }
        long maxResident;
        synchronized (resident) {
            maxResident = resident.stream().mapToLong(Long::longValue).max().orElse(0) / 1024;
        }
        figures.add(0, new Figure("resident memory with " + settings.users() + " users, highest sample", maxResident + " MiB",
                "< 1024 MiB", maxResident < 1024));
        csv.put("resident_mib", String.valueOf(maxResident));
        text.append("\n| figure | value | target | |\n|---|---:|---|---|\n");
        for (Figure f : figures) {
            text.append("| ").append(f.what()).append(" | ").append(f.value()).append(" | ").append(f.target()).append(" | ")
                    .append(f.met() == null ? "" : f.met() ? "met" : "**missed**").append(" |\n");
        }
        List<String> errors = recorder.errors();
        text.append("\nErrors: ").append(errors.size()).append('\n');
        errors.stream().limit(20).forEach(e -> text.append("- ").append(e.replace('\n', ' ')).append('\n'));
        Path out = settings.out().resolve(settings.name() + ".md");
        Files.writeString(out, text.toString());
        Files.writeString(settings.out().resolve(settings.name() + ".csv"), csv.entrySet().stream()
                .map(e -> e.getKey() + "," + e.getValue()).collect(java.util.stream.Collectors.joining("\n", "", "\n")));
        return text.toString();
    }

    private String counts() {
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "");
                ResultSet r = c.createStatement().executeQuery("SELECT (SELECT COUNT(*) FROM patient),"
                        + " (SELECT COUNT(*) FROM appointment), (SELECT COUNT(*) FROM visit_note),"
                        + " (SELECT COUNT(*) FROM charge_line), (SELECT COUNT(*) FROM audit_event),"
                        + " pg_size_pretty(pg_database_size(current_database()))")) {
            r.next();
            return String.format("%,d patients, %,d appointments, %,d visit notes, %,d charge lines, %,d audit events,"
                    + " %s on disk; the busiest patient has %,d visits", r.getLong(1), r.getLong(2), r.getLong(3),
                    r.getLong(4), r.getLong(5), r.getString(6), fixture.busiestVisits);
        } catch (SQLException e) {
            return "(counts not read: " + e.getMessage() + ")";
        }
    }

    /** The machine, as the report must describe it. */
    static String machine() {
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse(cpu);
        } catch (IOException e) {
            // not Linux: leave it unknown
        }
        long memory = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getTotalMemorySize() >> 30;
        return String.format("- machine: %s, %d cores, %d GiB; Java %s; PostgreSQL on the same machine (127.0.0.1)",
                cpu, Runtime.getRuntime().availableProcessors(), memory, System.getProperty("java.version"));
    }

    List<String> errors() {
        return recorder.errors();
    }

    Recorder recorder() {
        return recorder;
    }
}
