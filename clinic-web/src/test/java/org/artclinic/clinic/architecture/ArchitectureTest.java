package org.artclinic.clinic.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The rules of docs/decisions/0018 and ARCHITECTURE.md that a compiler does not check, read from
 * the main source trees of the three modules. Each failure names the file and line.
 * <ul>
 * <li>Time comes from the clinic's clock ({@code setup/ClinicClock}): no other class reads the
 * system clock or the server's time zone, so a test that pins the clock moves the whole
 * application, and no page shows a time in the server's zone.</li>
 * <li>Dependencies point one way (web -> ejb -> domain): the domain knows nothing of EJB, CDI,
 * Faces or JAX-RS; the web module never talks to the database itself; the EJB module knows no
 * page or REST type.</li>
 * </ul>
 */
class ArchitectureTest {

    private static final Path MODULES = Path.of(System.getProperty("basedir", "")).toAbsolutePath().getParent();

    /** Reading the system clock or the server's zone, anywhere but in the clinic's clock. */
    static final Pattern CLOCK = Pattern.compile("\\b(LocalDate|LocalDateTime|LocalTime|ZonedDateTime|OffsetDateTime"
            + "|Instant|Year|YearMonth)\\.now\\(|\\bClock\\.system|\\bZoneId\\.systemDefault\\(|\\bTimeZone\\.getDefault\\(");

    private static final Path CLINIC_CLOCK = Path.of("clinic-ejb/src/main/java/org/artclinic/clinic/setup/ClinicClock.java");

    @Test
    void onlyTheClinicClockReadsTheSystemClockOrTheServersZone() {
        List<String> offenders = new ArrayList<>();
        for (String module : List.of("clinic-domain", "clinic-ejb", "clinic-web")) {
            offenders.addAll(linesMatching(module, CLOCK).stream()
                    .filter(hit -> !hit.file().equals(CLINIC_CLOCK))
                    .map(Hit::toString).toList());
        }
        assertNone("Take the time from the injected ClinicClock (now(), today(), zone()) or the location's zone:",
                offenders);
    }

    @Test
    void theClockRuleSeesEachWayOfAskingTheSystemAndNotTheClinicClock() {
        for (String call : List.of("LocalDate.now()", "LocalDate.now(zone)", "LocalDateTime.now()", "ZonedDateTime.now()",
                "Instant.now()", "Clock.systemUTC()", "Clock.systemDefaultZone()", "ZoneId.systemDefault()",
                "TimeZone.getDefault()", "java.time.Instant.now()")) {
            assertTrue(CLOCK.matcher("        var x = " + call + ";").find(), call);
        }
        for (String call : List.of("clock.now()", "clock.today()", "clock.zone()", "pain.now()", "LocalDate.ofInstant(now, zone)")) {
            assertTrue(!CLOCK.matcher("        var x = " + call + ";").find(), call);
        }
    }

    @Test
    void theDomainUsesNoContainerServiceApi() {
        assertNone("The domain module imports no EJB, CDI, Faces, JAX-RS, Servlet or Security type:",
                strings(linesMatching("clinic-domain", Pattern.compile(
                        "^import (static )?(jakarta\\.(ejb|faces|ws\\.rs|servlet|enterprise|inject|security)"
                                + "|org\\.primefaces|org\\.omnifaces|org\\.eclipse\\.microprofile)\\."))));
    }

    @Test
    void theWebModuleNeverTouchesAnEntityManagerOrAQuery() {
        assertNone("The web module asks a service; it never queries the database itself:",
                strings(linesMatching("clinic-web", Pattern.compile(
                        "\\bjakarta\\.persistence\\.(EntityManager|EntityManagerFactory|PersistenceContext|PersistenceUnit"
                                + "|Query|TypedQuery|StoredProcedureQuery|criteria)\\b"))));
    }

    @Test
    void theEjbModuleDoesNotDependOnTheWebTier() {
        assertNone("The EJB module imports no Faces, JAX-RS or PrimeFaces type:",
                strings(linesMatching("clinic-ejb", Pattern.compile(
                        "^import (jakarta\\.faces|jakarta\\.ws\\.rs|org\\.primefaces|org\\.omnifaces)\\."))));
    }

    /** House style 14: one feedback idiom. Only Messages turns a refusal into words; the REST layer has its own. */
    @Test
    void pagesShowARefusalOnlyThroughMessages() {
        Path messages = Path.of("clinic-web/src/main/java/org/artclinic/clinic/web/Messages.java");
        Path api = Path.of("clinic-web/src/main/java/org/artclinic/clinic/api");
        assertNone("A page runs a change with Messages.change (or reads with Messages.read), never its own catch:",
                strings(linesMatching("clinic-web", Pattern.compile("\\bcatch \\([^)]*\\bDomainException\\b")).stream()
                        .filter(hit -> !hit.file().equals(messages) && !hit.file().startsWith(api)).toList()));
    }

    /** A line of main source that breaks a rule. */
    record Hit(Path file, int line, String text) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + text;
        }
    }

    /** Lines of the module's main Java sources matching the rule, comments left out. */
    private static List<Hit> linesMatching(String module, Pattern rule) {
        Path sources = MODULES.resolve(module).resolve("src/main/java");
        assertTrue(Files.isDirectory(sources), sources + " not found");
        List<Hit> hits = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    boolean comment = line.startsWith("//") || line.startsWith("*") || line.startsWith("/*");
                    if (!comment && rule.matcher(line).find()) {
                        hits.add(new Hit(MODULES.relativize(file), i + 1, line));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return hits;
    }

    private static List<String> strings(List<Hit> hits) {
        return hits.stream().map(Hit::toString).toList();
    }

    private static void assertNone(String rule, List<String> offenders) {
        assertEquals(List.of(), offenders, () -> rule + "\n  " + String.join("\n  ", offenders) + "\n");
    }
}
