package org.artclinic.clinic.faults;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.artclinic.clinic.testsupport.ApiClient;
import org.artclinic.clinic.testsupport.WebClient;
import org.junit.jupiter.api.Test;

/**
 * Steady under load (issue 15): half an hour of a clinic's day on the self-contained WAR (Payara
 * Micro, embedded H2 with the demo clinic, in a process of its own, as the quick start runs it),
 * sent from loopback only at a bounded rate. Six members of staff work through their pages: three
 * at the front desk, two practitioners and a manager, each signing in, opening a page about every
 * second and signing out after a while, as a shift does. Four API clients search patients, read a
 * practitioner's week, book and cancel again (the same few slots, so the data stays bounded),
 * search protocols and read the month's revenue and the A/R aging.
 *
 * <p>Every client speaks HTTP/1.1, as browsers do over {@code http://} and as a proxy in front of the
 * application does (Java's default client asks for HTTP/2 cleartext, whose request objects
 * Payara's Grizzly keeps: decision 0046).
 *
 * <p>It passes when nothing went wrong (every answer is the one a user expects, no connection was
 * refused or cut, no SEVERE line in the server's log once it was up) and memory stayed flat after
 * the warm-up (the first half, in which the first sessions time out and the caches that grow with
 * the data fill): each minute (each tenth of a shorter run) it samples the process's resident
 * memory and the heap left after a full collection ({@code jcmd GC.run}); the last quarter of the
 * run may not be more than {@link #RESIDENT_GROWTH} (resident) or {@link #HEAP_GROWTH} (live heap)
 * above the third, by median. It also lists the classes that grew most after the warm-up.
 *
 * <p>Not part of the README's test command, since it runs for half an hour (its class name is
 * neither a unit test's nor an in-container test's): {@code bench/soak} runs it, for
 * {@code clinic.soak.minutes} (default 30). It writes {@code target/soak/summary.txt} (latency
 * per request, errors, memory) and {@code target/soak/memory.csv}; the README quotes a run.
 */
class Soak {

    private static final double RESIDENT_GROWTH = 0.05;
    private static final double HEAP_GROWTH = 0.10;
    private static final Duration THINK = Duration.ofMillis(1_000);
    private static final Pattern HEAP_USED = Pattern.compile("(?m)^\\s*\\S.*(?:generation|heap)\\s+total \\d+K, used (\\d+)K");
    private static final Pattern HISTOGRAM_ROW = Pattern.compile("(?m)^\\s*\\d+:\\s+\\d+\\s+(\\d+)\\s+(\\S+)");
    private static final String[] PROTOCOL_WORDS = {"shoulder", "knee", "back", "neck", "wrist", "hip", "foot"};

    private final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
    private final List<String> errors = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger requests = new AtomicInteger();
    private final List<long[]> memory = Collections.synchronizedList(new ArrayList<>()); // second, rss KiB, heap KiB
    private volatile Instant end;

    @Test
    void aClinicDayOfPagesAndApiCallsEndsWithNoErrorAndFlatMemory() throws Exception {
        Duration length = Duration.ofMinutes(Integer.getInteger("clinic.soak.minutes", 30));
        // half the run: the sessions of the first quarter hour time out (session-timeout 15 min) and the
        // caches that grow with the data (H2's page cache, 64 MB at most; EclipseLink's) fill
        Duration warmUp = length.dividedBy(2);
        Duration sampleEvery = length.compareTo(Duration.ofMinutes(10)) >= 0 ? Duration.ofMinutes(1) : length.dividedBy(10);
        Path out = Path.of(System.getProperty("clinic.it.dir", "target"), "soak");
        try (ClinicProcess app = ClinicProcess.of(out.resolve("run-" + System.nanoTime()), Map.of()).start()) {
            long logOffset = Files.size(app.consoleLog());
            Workload work = Workload.prepare(app);
            Instant start = Instant.now();
            end = start.plus(length);
            List<Thread> staff = new ArrayList<>();
            int seed = 0;
            for (String[] user : new String[][] {{"frontdesk", "desk"}, {"frontdesk", "desk"}, {"frontdesk", "desk"},
                    {"practitioner", "practitioner"}, {"practitioner", "practitioner"}, {"manager", "manager"}}) {
                Random random = new Random(++seed);
                staff.add(thread("pages-" + seed, () -> pages(app, work, user[0], user[1], random)));
            }
            for (int booker = 0; booker < work.bookings.threads(); booker++) {
                int thread = booker;
                Random random = new Random(++seed);
                staff.add(thread("api-desk-" + thread, () -> deskApi(app, work, thread, random)));
            }
            Random managerRandom = new Random(++seed);
            staff.add(thread("api-manager", () -> managerApi(app, managerRandom)));
            Random practitionerRandom = new Random(++seed);
            staff.add(thread("api-practitioner", () -> practitionerApi(app, practitionerRandom)));
            staff.forEach(Thread::start);
            Map<String, Long> settledClasses = null;
            while (Instant.now().isBefore(end)) {
                Thread.sleep(Math.min(sampleEvery.toMillis(), Math.max(1, Duration.between(Instant.now(), end).toMillis())));
                memory.add(new long[] {Duration.between(start, Instant.now()).toSeconds(), residentKiB(app.pid()),
                        liveHeapKiB(app.pid())});
                if (settledClasses == null && !Instant.now().isBefore(start.plus(warmUp))) {
                    settledClasses = classBytes(app.pid());
                }
            }
            String grown = grownClasses(settledClasses, classBytes(app.pid()));
            for (Thread thread : staff) {
                thread.join();
            }
            List<String> severe = severeLines(app.consoleLog(), logOffset);
            String summary = summary(length, warmUp, severe) + grown;
            Files.createDirectories(out);
            Files.writeString(out.resolve("summary.txt"), summary);
            Files.writeString(out.resolve("memory.csv"), "second,resident_mib,live_heap_mib\n" + memory.stream()
                    .map(m -> m[0] + "," + m[1] / 1024 + "," + m[2] / 1024).collect(Collectors.joining("\n")) + "\n");
            System.out.println(summary);

            List<long[]> settled = memory.stream().filter(m -> m[0] >= warmUp.toSeconds()).toList();
            assertAll(
                    () -> assertEquals(List.of(), errors.subList(0, Math.min(20, errors.size())),
                            errors.size() + " of " + requests.get() + " requests went wrong (the first 20 shown)"),
                    () -> assertEquals(List.of(), severe, "SEVERE lines in the server's log"),
                    () -> assertTrue(settled.size() >= 4, "too few memory samples after the warm-up: " + settled.size()),
                    () -> assertFlat(settled, 1, RESIDENT_GROWTH, "resident memory"),
                    () -> assertFlat(settled, 2, HEAP_GROWTH, "heap left after a full collection"));
        }
    }

    private static Thread thread(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        return thread;
    }

    /** The demo clinic's patients, a practitioner and the slots the desk's API clients book and cancel. */
    private record Workload(List<String> patientIds, String practitionerId, Bookings bookings) {

        static Workload prepare(ClinicProcess app) throws IOException, InterruptedException {
            ApiClient desk = ApiClient.overHttp11(app.base(), "frontdesk");
            List<String> patients = ApiClient.objects(desk.get("api/patients?max=100").body()).stream()
                    .map(p -> ApiClient.field(p, "id")).toList();
            String practitioner = ApiClient.field(ApiClient.objects(desk.get("api/practitioners").body()).get(0), "id");
            Bookings bookings = Bookings.prepare(desk, 2, LocalDate.of(2033, 3, 1));
            return new Workload(patients, practitioner, bookings);
        }

        String anyPatient(Random random) {
            return patientIds.get(random.nextInt(patientIds.size()));
        }
    }

    /** A member of staff on their pages: signs in, opens 15 to 30 pages, signs out, and again. */
    private void pages(ClinicProcess app, Workload work, String username, String role, Random random) {
        List<String> pages = switch (role) {
            case "desk" -> List.of("scheduling/today.xhtml", "scheduling/calendar.xhtml", "patient/patients.xhtml",
                    "patient/patient.xhtml?id=", "scheduling/waitlist.xhtml");
            case "practitioner" -> List.of("charting/my-day.xhtml", "charting/protocols.xhtml", "patient/patients.xhtml",
                    "patient/patient.xhtml?id=");
            default -> List.of("billing/overview.xhtml", "billing/charges.xhtml", "billing/claims.xhtml",
                    "billing/reports.xhtml");
        };
        while (running()) {
            WebClient browser = new WebClient(app.base(), HttpClient.Version.HTTP_1_1);
            call("page sign-in", 200, () -> browser.get("login.xhtml"));
            if (call("POST sign-in", 302, () -> browser.login(username, ApiClient.PASSWORD)) == null) {
                think(random);
                continue;
            }
            String page = pages.get(0);
            for (int views = 15 + random.nextInt(16); views > 0 && running(); views--) {
                think(random);
                page = pages.get(random.nextInt(pages.size()));
                String path = page.endsWith("=") ? page + work.anyPatient(random) : page;
                call("page " + page.replace("?id=", ""), 200, () -> browser.get(path));
            }
            String last = page.endsWith("=") ? "patient/patients.xhtml" : page;
            call("POST sign-out", 302, () -> browser.submit(last, "headerForm", Map.of(), "logout"));
            think(random);
        }
    }

    /** The desk's API client: searches, reads the week of a practitioner, books and cancels again. */
    private void deskApi(ClinicProcess app, Workload work, int thread, Random random) {
        ApiClient desk = ApiClient.overHttp11(app.base(), "frontdesk");
        int booked = 0;
        while (running()) {
            think(random);
            char letter = (char) ('a' + random.nextInt(26));
            call("GET api/patients?q=", 200, () -> desk.get("api/patients?q=" + letter));
            think(random);
            OffsetDateTime monday = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS).minusDays(3);
            call("GET api/appointments (a week)", 200, () -> desk.get("api/appointments?practitionerId="
                    + work.practitionerId() + "&from=" + monday + "&to=" + monday.plusDays(7)));
            if (random.nextInt(3) == 0) {
                think(random);
                int n = thread + work.bookings().threads() * booked++;
                HttpResponse<String> booking = call("POST api/appointments", 201,
                        () -> work.bookings().bookAgain(desk, thread, n));
                if (booking != null && booking.statusCode() == 201) {
                    String id = ApiClient.field(booking.body(), "id");
                    call("POST api/appointments/{id}/cancel", 200, () -> desk.post("api/appointments/" + id + "/cancel",
                            "{\"reason\": \"Moved to another week\"}"));
                }
            }
        }
    }

    /** The manager's reporting client: the month's revenue and the A/R aging. */
    private void managerApi(ClinicProcess app, Random random) {
        ApiClient manager = ApiClient.overHttp11(app.base(), "manager");
        while (running()) {
            think(random);
            LocalDate first = LocalDate.now().withDayOfMonth(1).minusMonths(random.nextInt(3));
            call("GET api/reports/revenue", 200, () -> manager.get("api/reports/revenue?from=" + first
                    + "&to=" + first.plusMonths(1).minusDays(1)));
            think(random);
            call("GET api/reports/ar-aging", 200, () -> manager.get("api/reports/ar-aging"));
        }
    }

    /** A practitioner's client: looks up protocols. */
    private void practitionerApi(ClinicProcess app, Random random) {
        ApiClient practitioner = ApiClient.overHttp11(app.base(), "practitioner");
        while (running()) {
            think(random);
            String word = PROTOCOL_WORDS[random.nextInt(PROTOCOL_WORDS.length)];
            call("GET api/protocols?q=", 200, () -> practitioner.get("api/protocols?q=" + word));
        }
    }

    private boolean running() {
        return Instant.now().isBefore(end);
    }

    /** A person's pause between two requests: half a second to one and a half. */
    private static void think(Random random) {
        try {
            Thread.sleep(THINK.toMillis() / 2 + random.nextInt((int) THINK.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Sends one request, times it and notes it as an error unless it answered {@code expected}; null when it failed. */
    private HttpResponse<String> call(String what, int expected, Callable<HttpResponse<String>> request) {
        long started = System.nanoTime();
        requests.incrementAndGet();
        try {
            HttpResponse<String> response = request.call();
            latencies.computeIfAbsent(what, k -> Collections.synchronizedList(new ArrayList<>()))
                    .add((System.nanoTime() - started) / 1_000_000);
            if (response.statusCode() != expected) {
                errors.add(Instant.now() + " " + what + " answered " + response.statusCode() + ": "
                        + response.body().substring(0, Math.min(300, response.body().length())));
                return null;
            }
            return response;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (Exception | AssertionError e) {
            errors.add(Instant.now() + " " + what + ": " + e);
            return null;
        }
    }

    /** VmRSS of the process, from Linux's /proc. */
    static long residentKiB(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        throw new IllegalStateException("no VmRSS for process " + pid);
    }

    /** The heap in use right after a full collection (what the application really keeps), with the JDK's jcmd. */
    static long liveHeapKiB(long pid) throws IOException, InterruptedException {
        jcmd(pid, "GC.run");
        Matcher used = HEAP_USED.matcher(jcmd(pid, "GC.heap_info"));
        long total = 0;
        while (used.find()) {
            total += Long.parseLong(used.group(1));
        }
        return total;
    }

    /** Bytes per class of what a full collection left ({@code jcmd GC.class_histogram}). */
    private static Map<String, Long> classBytes(long pid) throws IOException, InterruptedException {
        Map<String, Long> bytes = new java.util.HashMap<>();
        Matcher row = HISTOGRAM_ROW.matcher(jcmd(pid, "GC.class_histogram"));
        while (row.find()) {
            bytes.merge(row.group(2), Long.parseLong(row.group(1)), Long::sum);
        }
        return bytes;
    }

    /** The classes whose objects grew most between the end of the warm-up and the end: where to look for a leak. */
    private static String grownClasses(Map<String, Long> settled, Map<String, Long> last) {
        if (settled == null) {
            return "";
        }
        return "\nclasses that grew most after the warm-up (KiB):\n" + last.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - settled.getOrDefault(e.getKey(), 0L)))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(10)
                .map(e -> String.format("%8d  %s%n", e.getValue() / 1024, e.getKey())).collect(Collectors.joining());
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(pid), command).redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        jcmd.waitFor();
        return output;
    }

    /** SEVERE lines the server logged after {@code offset} (its start-up). */
    private static List<String> severeLines(Path log, long offset) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            file.seek(offset);
            byte[] rest = new byte[(int) (file.length() - offset)];
            file.readFully(rest);
            return new String(rest, StandardCharsets.UTF_8).lines().filter(line -> line.contains("SEVERE"))
                    .limit(20).toList();
        }
    }

    /**
     * Fails when the later half of the samples (by median) is more than {@code growth} above the
     * earlier half: memory that keeps growing under a steady load is a leak.
     */
    private static void assertFlat(List<long[]> samples, int column, double growth, String what) {
        if (samples.size() < 4) {
            return; // reported by the sample count
        }
        long earlier = median(samples.subList(0, samples.size() / 2), column);
        long later = median(samples.subList(samples.size() / 2, samples.size()), column);
        assertTrue(later <= earlier * (1 + growth), what + " grew from " + earlier / 1024 + " MiB to " + later / 1024
                + " MiB (median of each half after the warm-up), more than " + Math.round(growth * 100) + "%");
    }

    private static long median(List<long[]> samples, int column) {
        long[] values = samples.stream().mapToLong(s -> s[column]).sorted().toArray();
        return values[values.length / 2];
    }

    private String summary(Duration length, Duration warmUp, List<String> severe) {
        StringBuilder text = new StringBuilder();
        text.append("Soak of ").append(length.toMinutes()).append(" min (warm-up ").append(warmUp.toSeconds())
                .append(" s): ").append(requests.get()).append(" requests, ").append(errors.size()).append(" errors, ")
                .append(severe.size()).append(" SEVERE log lines\n\n");
        text.append(String.format("%-36s %7s %7s %7s %7s %7s%n", "request", "count", "p50 ms", "p95 ms", "p99 ms", "max ms"));
        latencies.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            long[] sorted;
            synchronized (entry.getValue()) {
                sorted = entry.getValue().stream().mapToLong(Long::longValue).sorted().toArray();
            }
            text.append(String.format("%-36s %7d %7d %7d %7d %7d%n", entry.getKey(), sorted.length, percentile(sorted, 50),
                    percentile(sorted, 95), percentile(sorted, 99), sorted[sorted.length - 1]));
        });
        text.append("\nmemory (second, resident MiB, heap after a full collection MiB):\n");
        synchronized (memory) {
            memory.forEach(m -> text.append(String.format("%6d %6d %6d%n", m[0], m[1] / 1024, m[2] / 1024)));
        }
        synchronized (errors) {
            errors.stream().limit(20).forEach(e -> text.append("error: ").append(e).append('\n'));
        }
        return text.toString();
    }

    private static long percentile(long[] sorted, int percent) {
        return sorted[Math.max(0, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }
}
