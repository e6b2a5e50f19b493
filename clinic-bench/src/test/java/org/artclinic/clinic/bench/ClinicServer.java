package org.artclinic.clinic.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The application as the benchmark measures it: the self-contained WAR on Payara Micro in a process
 * of its own, started as an operator starts one node (production settings: the full password hash,
 * the quick start's heap and its single-node session store, decision 0050), on the database the
 * environment names. It times the start to ready.
 */
final class ClinicServer implements AutoCloseable {

    private static final Duration READY_WITHIN = Duration.ofMinutes(5);

    private final Process process;
    private final int port;
    private final Path log;
    private final long readyMillis;

    private ClinicServer(Process process, int port, Path log, long readyMillis) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.readyMillis = readyMillis;
    }

    /**
     * Starts the application with its files under {@code dir} on the database {@code environment}
     * names (none: the embedded H2, as the quick start), and waits for {@code /health/ready}.
     *
     * @param properties extra system properties, e.g. {@code -Dclinic.demo.seed=true}
     */
    static ClinicServer start(Path dir, Map<String, String> environment, List<String> properties)
            throws IOException, InterruptedException {
        Files.createDirectories(dir);
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                heap(), "-Djava.io.tmpdir=" + dir.toAbsolutePath(),
                "-Dclinic.data.dir=" + dir.resolve("data").toAbsolutePath(), "-Dclinic.session.secure-cookie=false"));
        command.addAll(properties);
        command.addAll(extraOptions());
        command.addAll(List.of("-jar", required("payara.microJar"), "--deploy", required("clinic.war"),
                "--port", String.valueOf(port), "--nocluster", "--prebootcommandfile", required("clinic.singleNode"),
                "--disablephonehome"));
        Path log = dir.resolve("console.log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        long started = System.nanoTime();
        Process process = builder.start();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        URI health = URI.create("http://localhost:" + port + "/health/ready");
        while (System.nanoTime() - started < READY_WITHIN.toNanos()) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<Void> ready = http.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(5)).GET()
                        .build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return new ClinicServer(process, port, log, (System.nanoTime() - started) / 1_000_000);
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        process.destroyForcibly();
        throw new IllegalStateException("Not ready within " + READY_WITHIN + "; see " + log);
    }

    /** -Dclinic.bench.jvm="-XX:... -XX:...": JVM options to try on the measured node (e.g. another collector). */
    static List<String> extraOptions() {
        String extra = System.getProperty("clinic.bench.jvm", "").trim();
        return extra.isEmpty() ? List.of() : List.of(extra.split("\\s+"));
    }

    /** The measured node's JVM options, as the report names them: the heap, then any tried with clinic.bench.jvm. */
    static String jvmOptions() {
        List<String> options = new ArrayList<>(List.of(heap()));
        options.addAll(extraOptions());
        return String.join(" ", options);
    }

    /** A node's heap limit, held once in the parent POM ({@code clinic.node.heap}, decision 0066). */
    private static String heap() {
        String value = System.getProperty("clinic.node.heap", "");
        if (!value.startsWith("-Xmx")) {
            throw new IllegalStateException("System property clinic.node.heap must hold the node's -Xmx option (run by Maven's failsafe)");
        }
        return value;
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || !Files.exists(Path.of(value))) {
            throw new IllegalStateException("System property " + property + " must name a file (run by Maven's failsafe)");
        }
        return value;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Milliseconds from the start of the process to the first {@code /health/ready} that answered 200. */
    long readyMillis() {
        return readyMillis;
    }

    URL base() {
        try {
            return URI.create("http://localhost:" + port + "/clinic/").toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    Path log() {
        return log;
    }

    /** VmRSS of the process, from Linux's /proc, in KiB. */
    long residentKiB() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        throw new IllegalStateException("no VmRSS for process " + process.pid());
    }

    /** SIGTERM, then waits. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
