package org.artclinic.clinic.faults;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The application as an operator runs it: the self-contained WAR on Payara Micro in a process of
 * its own (as the quick start starts it), which a fault test can kill with SIGKILL, stop with
 * SIGTERM and start again on the same database. Its console goes to a log file under target/.
 */
final class ClinicProcess implements AutoCloseable {

    private static final Duration READY_WITHIN = Duration.ofSeconds(240);

    private final List<String> command;
    private final Map<String, String> environment;
    private final Path log;
    private final int port;
    private Process process;
    private int starts;

    private ClinicProcess(List<String> command, Map<String, String> environment, Path log, int port) {
        this.command = command;
        this.environment = environment;
        this.log = log;
        this.port = port;
    }

    /**
     * The application on a free port with its H2 files (and its logs) under {@code dataDir}, on the
     * database {@code environment} names (empty: the embedded H2 default), with the demo users.
     */
    static ClinicProcess of(Path dataDir, Map<String, String> environment) throws IOException {
        int port = freePort();
        return new ClinicProcess(command(dataDir, port, List.of("--nocluster")), environment, dataDir, port);
    }

    /**
     * One member, named {@code name}, of the Payara Micro cluster {@code cluster} (decision 0047): its
     * data grid listens on {@code dataGridPort} of the loopback and finds the other members over TCP/IP
     * at {@code memberPorts} (no multicast), keeping backups on members of the same address
     * ({@code --nohostaware}, as every member here is on 127.0.0.1). Otherwise as {@link #of}.
     */
    static ClinicProcess clusterMember(Path dataDir, Map<String, String> environment, String name, String cluster,
            int dataGridPort, List<Integer> memberPorts) throws IOException {
        int port = freePort();
        String members = String.join(",", memberPorts.stream().map(p -> "127.0.0.1:" + p).toList());
        return new ClinicProcess(command(dataDir, port, List.of("--name", name, "--clustername", cluster,
                "--clustermode", "tcpip:" + members, "--startport", String.valueOf(dataGridPort),
                "--interfaces", "127.0.0.1", "--nohostaware")), environment, dataDir, port);
    }

    private static List<String> command(Path dataDir, int port, List<String> clustering) throws IOException {
        Files.createDirectories(dataDir);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx640m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Djava.io.tmpdir=" + dataDir.toAbsolutePath(),
                "-Dclinic.data.dir=" + dataDir.resolve("data").toAbsolutePath(),
                "-Dclinic.demo.seed=true", "-Dclinic.demo.seed-any-database=true",
                "-Dclinic.security.pbkdf2-iterations=20000", "-Dclinic.session.secure-cookie=false",
                "-jar", required("payara.microJar"), "--deploy", required("clinic.war"),
                "--port", String.valueOf(port)));
        command.addAll(clustering);
        command.addAll(List.of("--disablephonehome", "--shutdowngrace", "3000"));
        return command;
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || !Files.exists(Path.of(value))) {
            throw new IllegalStateException("System property " + property + " must name a file (run by Maven's failsafe)");
        }
        return value;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Starts the application and waits until {@code /health/ready} answers UP. */
    ClinicProcess start() throws IOException, InterruptedException {
        starts++;
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(consoleLog().toFile()));
        // the database is the one named here (none: its own H2), not the one of the tests that started it
        builder.environment().keySet().removeIf(name -> name.startsWith("CLINIC_DB_"));
        builder.environment().putAll(environment);
        process = builder.start();
        // HTTP/1.1, as a load balancer asks (decision 0046): no h2c upgrade on every probe
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(READY_WITHIN);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(health()).timeout(Duration.ofSeconds(5))
                        .GET().build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Not ready within " + READY_WITHIN + "; see " + log);
    }

    /** {@code kill -9}: the process dies at once, as in a power cut of the application (not of the machine). */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** SIGTERM, as a service manager stops it; waits for it to end. */
    int terminate() throws InterruptedException {
        process.destroy();
        return process.waitFor();
    }

    /** The operating system's id of the running process, e.g. to read its resident memory. */
    long pid() {
        return process.pid();
    }

    /** The console log of the current start. */
    Path consoleLog() {
        return log.resolve("console-" + starts + ".log");
    }

    /** Where the embedded database keeps its files (and its backups, under backups/). */
    Path dataDir() {
        return log.resolve("data");
    }

    /** The HTTP port it listens on. */
    int port() {
        return port;
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    URI health() {
        return URI.create("http://localhost:" + port + "/health/ready");
    }

    URL base() {
        try {
            return URI.create("http://localhost:" + port + "/clinic/").toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            kill();
        }
    }
}
