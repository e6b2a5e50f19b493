package org.artclinic.clinic.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Smoke test: the EAR built by this module deploys, unchanged, on Payara Server full profile.
 *
 * <p>Creates a new domain on free ports under {@code target/}, starts it, deploys
 * {@code target/clinic.ear} and checks the login page, the redirect of an anonymous request to it
 * and the MicroProfile Health readiness endpoint over HTTP, and signs in through the real login form
 * as demo users ({@code CLINIC_DEMO_SEED=true} in the server's environment) to prove that login
 * groups become roles with Payara Server's default group-to-role mapping (the application ships no
 * mapping of its own; the Payara Micro tests add one). The domain is stopped afterwards, also
 * when something fails; on failure the tail of the domain's {@code server.log} is printed and the
 * domain directory is kept under {@code target/smoke-domains/} for inspection.
 *
 * <p>The database is whatever the environment says: with no {@code CLINIC_DB_*} variables the
 * embedded H2 database, in a data directory under {@code target/} ({@code CLINIC_DATA_DIR}); with
 * {@code CLINIC_DB_URL}, {@code CLINIC_DB_USER}, {@code CLINIC_DB_PASSWORD} and
 * {@code CLINIC_DB_DATASOURCE} set (CI's PostgreSQL run), those reach the server JVM unchanged,
 * because {@code asadmin start-domain} launches the server as a child process that inherits the
 * environment.
 *
 * <p>System properties (set by failsafe in this module's pom): {@code payara.asadmin},
 * {@code clinic.ear}, {@code clinic.it.dir}.
 */
@ExtendWith(EarDeploymentIT.PrintServerLogOnFailure.class)
class EarDeploymentIT {

    private static final Duration CREATE_DOMAIN_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration START_DOMAIN_TIMEOUT = Duration.ofMinutes(4);
    private static final Duration DEPLOY_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration UNDEPLOY_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration STOP_DOMAIN_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration HTTP_TIMEOUT = Duration.ofSeconds(90);
    private static final int SERVER_LOG_TAIL_LINES = 200;

    /** The password of every demo user (created because the server runs with CLINIC_DEMO_SEED=true). */
    private static final String DEMO_PASSWORD = "demo1234";
    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");

    /** Port offsets of a Payara Server domain created with {@code --portbase}: all of 0..99 are probed. */
    private static final int PORTBASE_OFFSET_ADMIN = 48;
    private static final int PORTBASE_OFFSET_HTTP = 80;

    /** JVM options added to the new domain's server-config: quicker start on 2 cores. */
    private static final List<String> EXTRA_SERVER_JVM_OPTIONS = List.of(
            "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1");

    /** Options for the asadmin client JVMs themselves (AS_EXTRA_JAVA_OPTS of bin/asadmin). */
    private static final String ASADMIN_CLIENT_JAVA_OPTS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC";

    private static Path asadmin;
    private static Path ear;
    private static Path workDir;
    private static Path domainsDir;
    private static Path dataDir;
    private static Path tmpDir;
    private static String domainName;
    private static int adminPort;
    private static int httpPort;
    private static boolean domainCreated;
    private static boolean domainStarted;
    private static boolean deployed;
    private static volatile boolean failed;
    private static int commandCounter;
    private static final Map<String, Duration> timings = new LinkedHashMap<>();
    private static Thread shutdownHook;

    private static final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @BeforeAll
    static void createStartAndDeploy() throws Exception {
        try {
            asadmin = existing(requiredProperty("payara.asadmin"));
            ear = existing(requiredProperty("clinic.ear"));
            Path target = Paths.get(requiredProperty("clinic.it.dir")).toAbsolutePath();

            domainName = "smoke-" + Long.toString(System.currentTimeMillis() / 1000, 36);
            workDir = Files.createDirectories(target.resolve("smoke").resolve(domainName));
            domainsDir = target.resolve("smoke-domains");
            dataDir = Files.createDirectories(workDir.resolve("data"));
            tmpDir = Files.createDirectories(workDir.resolve("tmp"));

            int portBase = freePortBase();
            adminPort = portBase + PORTBASE_OFFSET_ADMIN;
            httpPort = portBase + PORTBASE_OFFSET_HTTP;
            log("domain " + domainName + " in " + domainsDir + ", portbase " + portBase + " (admin " + adminPort
                    + ", http " + httpPort + "), database: " + describeDatabase());

            shutdownHook = new Thread(EarDeploymentIT::stopDomainQuietly, "stop " + domainName);
            Runtime.getRuntime().addShutdownHook(shutdownHook);

            asadminOk("create-domain", CREATE_DOMAIN_TIMEOUT, "create-domain", "--nopassword",
                    "--portbase", String.valueOf(portBase), "--domaindir", domainsDir.toString(), domainName);
            domainCreated = true;
            addServerJvmOptions();

            domainStarted = true; // from here on, always try to stop it
            asadminOk("start-domain", START_DOMAIN_TIMEOUT, "start-domain", "--domaindir", domainsDir.toString(),
                    domainName);

            asadminOk("deploy", DEPLOY_TIMEOUT, "--port", String.valueOf(adminPort), "deploy", "--name", "clinic",
                    ear.toString());
            deployed = true;
        } catch (Throwable e) {
            failed = true;
            printServerLogTail();
            throw e;
        }
    }

    @AfterAll
    static void undeployAndStop() throws IOException, InterruptedException {
        try {
            if (deployed) {
                AsadminResult undeploy = asadmin("undeploy", UNDEPLOY_TIMEOUT, "--port", String.valueOf(adminPort),
                        "undeploy", "clinic");
                if (!undeploy.ok()) {
                    failed = true;
                    System.err.println("[EarDeploymentIT] undeploy failed:\n" + undeploy);
                }
            }
        } finally {
            stopDomainQuietly();
            if (shutdownHook != null) {
                try {
                    Runtime.getRuntime().removeShutdownHook(shutdownHook);
                } catch (IllegalStateException alreadyShuttingDown) {
                    // the hook is running or has run
                }
            }
            log("timings " + timings);
            if (!failed && domainCreated) {
                // everything passed: the domain, its data and temp files are of no further use
                deleteTree(domainsDir.resolve(domainName));
                deleteTree(workDir);
            } else if (domainCreated) {
                log("kept for inspection: " + domainsDir.resolve(domainName) + " and " + workDir);
            }
        }
    }

    @Test
    void loginPageIsServed() throws Exception {
        HttpResponse<String> response = get("/clinic/login.xhtml");
        assertEquals(200, response.statusCode(), () -> "GET /clinic/login.xhtml\n" + describe(response));
        assertTrue(response.body().contains("Sign in"), () -> "no 'Sign in' on the login page\n" + describe(response));
        assertTrue(response.body().contains("id=\"loginForm:username\""),
                () -> "no input loginForm:username on the login page\n" + describe(response));
        assertTrue(response.body().contains("id=\"loginForm:password\""),
                () -> "no input loginForm:password on the login page\n" + describe(response));
    }

    @Test
    void anonymousRequestIsRedirectedToTheLoginPage() throws Exception {
        HttpResponse<String> response = get("/clinic/");
        assertEquals(302, response.statusCode(), () -> "GET /clinic/ without a session\n" + describe(response));
        String location = response.headers().firstValue("Location").orElse("");
        assertTrue(location.endsWith("/clinic/login.xhtml"),
                () -> "redirect to '" + location + "', expected the login page\n" + describe(response));
    }

    @Test
    void readinessHealthCheckIsUp() throws Exception {
        // Payara Server serves MicroProfile Health on the HTTP listener at /health out of the box
        // (enabled, no security); the endpoint only appears once an application is deployed.
        HttpResponse<String> response = get("/health/ready");
        long deadline = System.nanoTime() + HTTP_TIMEOUT.toNanos();
        while (response.statusCode() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(1000);
            response = get("/health/ready");
        }
        HttpResponse<String> last = response;
        assertEquals(200, last.statusCode(), () -> "GET /health/ready\n" + describe(last));
        assertTrue(last.body().replace(" ", "").contains("\"status\":\"UP\""),
                () -> "readiness is not UP\n" + describe(last));
    }

    @Test
    void flywayMigratedTheConfiguredDatabase() throws IOException {
        String serverLog = Files.readString(serverLog(), StandardCharsets.UTF_8);
        serverLog.lines()
                .filter(line -> line.contains("Database: jdbc:") || line.contains("Successfully applied")
                        || line.contains("is up to date"))
                .forEach(line -> log("server.log: " + line.strip()));
        String url = System.getenv("CLINIC_DB_URL");
        if (url != null && url.startsWith("jdbc:postgresql:")) {
            assertTrue(serverLog.contains("Database: jdbc:postgresql:") && serverLog.contains("(PostgreSQL "),
                    "CLINIC_DB_URL names PostgreSQL, but Flyway did not connect to PostgreSQL in the server "
                            + "(did the environment reach the server JVM?)");
        } else if (url == null) {
            assertTrue(serverLog.contains("Database: jdbc:h2:"), "Flyway did not connect to the embedded H2 database");
            assertTrue(Files.exists(dataDir.resolve("clinic.mv.db")),
                    () -> "no H2 database in " + dataDir + " (CLINIC_DATA_DIR did not reach the server JVM?)");
        }
        assertTrue(serverLog.contains("Successfully applied") || serverLog.contains("is up to date"),
                "no successful Flyway migration in server.log");
    }

    @Test
    void frontDeskSignsInAndGetsOnlyTheFrontDeskRole() throws Exception {
        HttpClient browser = signIn("frontdesk", "/clinic/scheduling/today.xhtml");

        HttpResponse<String> today = get(browser, "/clinic/scheduling/today.xhtml");
        assertEquals(200, today.statusCode(), () -> "frontdesk: GET today.xhtml\n" + describe(today));
        assertTrue(today.body().contains("Fran Desmond"), () -> "no user name on today.xhtml\n" + describe(today));

        HttpResponse<String> users = get(browser, "/clinic/admin/users.xhtml");
        assertEquals(403, users.statusCode(), () -> "frontdesk: GET admin/users.xhtml\n" + describe(users));
    }

    @Test
    void adminSignsInAndSeesTheUserList() throws Exception {
        HttpClient browser = signIn("admin", "/clinic/admin/users.xhtml");

        HttpResponse<String> users = get(browser, "/clinic/admin/users.xhtml");
        assertEquals(200, users.statusCode(), () -> "admin: GET admin/users.xhtml\n" + describe(users));
        // the first page, by user name: on CI's PostgreSQL database the in-container tests have added
        // dozens of accounts before this runs, so a name late in the alphabet may be on a later page
        assertTrue(users.body().contains(">admin<"),
                () -> "user 'admin' not listed on admin/users.xhtml\n" + describe(users));
    }

    // --- HTTP -------------------------------------------------------------------------------------

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(http, path);
    }

    private static HttpResponse<String> get(HttpClient client, String path) throws IOException,
            InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + path))
                .timeout(HTTP_TIMEOUT)
                .GET()
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Signs in as a demo user through the JSF login form, the way a browser without JavaScript
     * would, and checks the redirect to the user's start page. Returns the signed-in client (it
     * keeps the session cookie and follows no redirects).
     */
    private static HttpClient signIn(String username, String expectedStartPage) throws IOException,
            InterruptedException {
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        HttpResponse<String> page = get(browser, "/clinic/login.xhtml");
        Matcher viewState = VIEW_STATE.matcher(page.body());
        assertTrue(page.statusCode() == 200 && viewState.find(), () -> "no login form\n" + describe(page));

        Map<String, String> form = new LinkedHashMap<>();
        form.put("loginForm", "loginForm");
        form.put("loginForm:username", username);
        form.put("loginForm:password", DEMO_PASSWORD);
        form.put("loginForm:submit", "");
        form.put("jakarta.faces.ViewState", viewState.group(1));
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> login = browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + "/clinic/login.xhtml"))
                        .timeout(HTTP_TIMEOUT)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, login.statusCode(), () -> username + ": sign-in did not redirect\n" + describe(login));
        String location = login.headers().firstValue("Location").orElse("");
        assertEquals(expectedStartPage, URI.create("http://localhost:" + httpPort + "/").resolve(location).getPath(),
                () -> username + ": redirect after sign-in\n" + describe(login));
        return browser;
    }

    private static String describe(HttpResponse<String> response) {
        String body = response.body();
        int content = body.indexOf("<main");
        if (content > 0) {
            body = body.substring(content); // the page's own content, not the head and menu every page has
        }
        if (body.length() > 4000) {
            body = body.substring(0, 4000) + "...";
        }
        return response.statusCode() + " " + response.uri() + "\n" + response.headers().map() + "\n" + body;
    }

    // --- asadmin ----------------------------------------------------------------------------------

    private record AsadminResult(List<String> command, int exitCode, Duration took, String output) {
        boolean ok() {
            return exitCode == 0;
        }

        @Override
        public String toString() {
            return "$ " + String.join(" ", command) + "\n(exit " + exitCode + " after " + took.toSeconds() + " s)\n"
                    + output;
        }
    }

    private static AsadminResult asadminOk(String step, Duration timeout, String... args) throws IOException,
            InterruptedException {
        AsadminResult result = asadmin(step, timeout, args);
        if (!result.ok()) {
            fail("asadmin " + step + " failed:\n" + result);
        }
        return result;
    }

    /**
     * Runs {@code bin/asadmin} with the JDK that runs this test (JAVA_HOME, AS_JAVA and PATH), so
     * neither the client nor the server picks up another JDK installed on the machine. Output
     * goes to a file: the server launched by start-domain must not hold a pipe of ours open.
     */
    private static AsadminResult asadmin(String step, Duration timeout, String... args) throws IOException,
            InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(asadmin.toString());
        command.add("--interactive=false");
        command.addAll(List.of(args));
        Path outputFile = workDir.resolve(String.format("asadmin-%02d-%s.log", ++commandCounter, step));

        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(outputFile.toFile());
        Map<String, String> env = builder.environment(); // inherits CLINIC_DB_* and the rest unchanged
        String javaHome = System.getProperty("java.home");
        env.put("JAVA_HOME", javaHome);
        env.put("AS_JAVA", javaHome);
        env.put("PATH", Paths.get(javaHome, "bin") + java.io.File.pathSeparator + env.getOrDefault("PATH", ""));
        // The asadmin client keeps a command cache in ${user.home}/.gfclient: keep it under target/
        // (bin/asadmin splits AS_EXTRA_JAVA_OPTS on blanks, so only for a path without any).
        Path clientHome = workDir.resolve("asadmin-home");
        env.put("AS_EXTRA_JAVA_OPTS", ASADMIN_CLIENT_JAVA_OPTS
                + (clientHome.toString().matches("\\S+") ? " -Duser.home=" + clientHome : ""));
        env.put("CLINIC_DATA_DIR", dataDir.toString());
        env.put("CLINIC_DEMO_SEED", "true"); // the demo users sign in below
        env.put("CLINIC_DEMO_SEED_ANY_DATABASE", "true"); // CI's PostgreSQL run uses a throwaway database
        env.put("CLINIC_SESSION_SECURE_COOKIE", "false"); // this test talks plain HTTP: the documented opt-out

        long start = System.nanoTime();
        Process process = builder.start();
        boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (!finished) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        timings.merge(step, took, Duration::plus);
        String output = Files.readString(outputFile, StandardCharsets.UTF_8);
        int exitCode = finished ? process.exitValue() : -1;
        if (!finished) {
            output += "\n[timed out after " + timeout.toSeconds() + " s]";
        }
        log("asadmin " + step + ": exit " + exitCode + " in " + took.toMillis() + " ms");
        return new AsadminResult(command, exitCode, took, output);
    }

    private static synchronized void stopDomainQuietly() {
        if (!domainStarted) {
            return;
        }
        try {
            AsadminResult stop = asadmin("stop-domain", STOP_DOMAIN_TIMEOUT, "stop-domain", "--domaindir",
                    domainsDir.toString(), domainName);
            if (!stop.ok()) {
                failed = true;
                System.err.println("[EarDeploymentIT] stop-domain failed:\n" + stop);
                killServerFromPidFile();
            }
        } catch (Exception e) {
            failed = true;
            System.err.println("[EarDeploymentIT] stop-domain failed: " + e);
            killServerFromPidFile();
        } finally {
            domainStarted = false;
        }
    }

    /** Last resort: ends the server JVM this test started (its pid is in the domain's config/pid). */
    private static void killServerFromPidFile() {
        Path pidFile = domainsDir.resolve(domainName).resolve("config").resolve("pid");
        try {
            if (!Files.exists(pidFile)) {
                return;
            }
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            Optional<ProcessHandle> server = ProcessHandle.of(pid);
            if (server.isPresent() && server.get().info().commandLine().orElse("").contains(domainName)) {
                System.err.println("[EarDeploymentIT] killing server JVM " + pid);
                server.get().destroy();
                server.get().onExit().get(20, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            System.err.println("[EarDeploymentIT] could not end the server JVM: " + e);
        }
    }

    // --- the new domain ---------------------------------------------------------------------------

    /**
     * {@code create-jvm-options} is a remote command (it needs a running DAS), so the options are
     * written into the new domain's {@code domain.xml} before its first start; that saves a restart.
     */
    private static void addServerJvmOptions() throws IOException {
        Path domainXml = domainsDir.resolve(domainName).resolve("config").resolve("domain.xml");
        String xml = Files.readString(domainXml, StandardCharsets.UTF_8);
        int serverConfig = xml.indexOf("<config name=\"server-config\">");
        String anchor = "<jvm-options>-Xmx512m</jvm-options>";
        int at = serverConfig < 0 ? -1 : xml.indexOf(anchor, serverConfig);
        if (at < 0) {
            fail("cannot find " + anchor + " of server-config in " + domainXml);
        }
        StringBuilder options = new StringBuilder();
        List<String> all = new ArrayList<>(EXTRA_SERVER_JVM_OPTIONS);
        all.add("-Djava.io.tmpdir=" + tmpDir);
        for (String option : all) {
            options.append("\n        <jvm-options>").append(option).append("</jvm-options>");
        }
        int insertAt = at + anchor.length();
        Files.writeString(domainXml, xml.substring(0, insertAt) + options + xml.substring(insertAt),
                StandardCharsets.UTF_8);
    }

    /** A port base N such that N..N+99 are all free (Payara uses N+9 .. N+86), below the ephemeral range. */
    private static int freePortBase() {
        for (int attempt = 0; attempt < 100; attempt++) {
            int base = ThreadLocalRandom.current().nextInt(100, 320) * 100; // 10000..31900
            if (allFree(base, base + 99)) {
                return base;
            }
        }
        throw new IllegalStateException("no free block of 100 ports found between 10000 and 31999");
    }

    private static boolean allFree(int from, int to) {
        for (int port = from; port <= to; port++) {
            try (ServerSocket socket = new ServerSocket()) {
                socket.setReuseAddress(false);
                socket.bind(new InetSocketAddress(port));
            } catch (IOException inUse) {
                return false;
            }
        }
        return true;
    }

    private static Path serverLog() {
        return domainsDir.resolve(domainName).resolve("logs").resolve("server.log");
    }

    static void printServerLogTail() {
        if (domainName == null) {
            return;
        }
        Path serverLog = serverLog();
        try {
            if (!Files.exists(serverLog)) {
                System.err.println("[EarDeploymentIT] no server.log at " + serverLog);
                return;
            }
            List<String> lines = Files.readAllLines(serverLog, StandardCharsets.UTF_8);
            List<String> tail = lines.subList(Math.max(0, lines.size() - SERVER_LOG_TAIL_LINES), lines.size());
            System.err.println("[EarDeploymentIT] ----- last " + tail.size() + " lines of " + serverLog + " -----");
            tail.forEach(System.err::println);
            System.err.println("[EarDeploymentIT] ----- end of server.log -----");
        } catch (IOException | UncheckedIOException e) {
            System.err.println("[EarDeploymentIT] cannot read " + serverLog + ": " + e);
        }
    }

    /** Prints the server.log tail when a test fails, so that the CI log shows why. */
    static class PrintServerLogOnFailure implements TestWatcher {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            failed = true;
            printServerLogTail();
        }
    }

    // --- helpers ----------------------------------------------------------------------------------

    private static String describeDatabase() {
        String url = System.getenv("CLINIC_DB_URL");
        return url == null ? "embedded H2 in " + dataDir : "CLINIC_DB_URL=" + url;
    }

    private static String requiredProperty(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + name + " is not set (run through failsafe)");
        }
        return value;
    }

    private static Path existing(String path) {
        Path p = Paths.get(path).toAbsolutePath();
        if (!Files.exists(p)) {
            throw new IllegalStateException(p + " does not exist");
        }
        return p;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static void log(String message) {
        System.out.println("[EarDeploymentIT] " + message);
    }
}
