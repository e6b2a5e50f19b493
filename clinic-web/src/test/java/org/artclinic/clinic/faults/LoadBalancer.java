package org.artclinic.clinic.faults;

import java.io.File;
import java.io.IOException;
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
import java.util.Optional;
import java.util.stream.Stream;

/**
 * HAProxy (Debian's package) in front of the nodes of a cluster, in a process of the test's own from
 * a configuration file written under target/ (never the machine's service): on a free port of the
 * loopback, round robin, with a cookie that keeps a session on the node it started on as long as
 * that node is up (what Payara advises with replicated sessions), and with every other request
 * redispatched to a node that is up. Each answer says in {@value #NODE_HEADER} which node served it.
 */
final class LoadBalancer implements AutoCloseable {

    /** The answer's header naming the node (HAProxy's server name) that served it. */
    static final String NODE_HEADER = "X-Clinic-Node";

    private final Process process;
    private final int port;
    private final Path log;

    private LoadBalancer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** The haproxy program: on the PATH, else where Debian puts it; empty when it is not installed. */
    static Optional<Path> program() {
        return Stream.concat(Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                        .filter(dir -> !dir.isBlank()).map(dir -> Path.of(dir, "haproxy")),
                        Stream.of(Path.of("/usr/sbin/haproxy")))
                .filter(Files::isExecutable).findFirst();
    }

    /** Starts HAProxy in front of {@code nodes} (named node1, node2, ...) and waits until it answers. */
    static LoadBalancer start(Path dir, Path program, List<ClinicProcess> nodes) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        int port = ClinicProcess.freePort();
        List<String> config = new ArrayList<>(List.of(
                "global",
                "    maxconn 512",
                "defaults",
                "    mode http",
                "    timeout connect 2s",
                "    timeout client 60s",
                "    timeout server 60s",
                // a node that refuses the connection (stopped): the request goes to another one
                "    retries 3",
                "    option redispatch 1",
                "    option forwardfor",
                "frontend clinic",
                "    bind 127.0.0.1:" + port,
                "    default_backend nodes",
                "backend nodes",
                "    balance roundrobin",
                "    cookie CLINICNODE insert indirect nocache httponly",
                "    option httpchk GET /health/ready",
                "    http-check expect status 200",
                "    default-server inter 500 fall 1 rise 2",
                "    http-response set-header " + NODE_HEADER + " %s"));
        for (int i = 0; i < nodes.size(); i++) {
            String name = "node" + (i + 1);
            config.add("    server " + name + " 127.0.0.1:" + nodes.get(i).port() + " check cookie " + name);
        }
        Path file = dir.resolve("haproxy.cfg");
        Files.write(file, config);
        Path log = dir.resolve("haproxy.log");
        // -db: in the foreground, not as a daemon, so the test owns the process and stops it
        Process process = new ProcessBuilder(program.toString(), "-f", file.toAbsolutePath().toString(), "-db")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        LoadBalancer balancer = new LoadBalancer(process, port, log);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        for (int attempt = 0; attempt < 60; attempt++) {
            if (!process.isAlive()) {
                throw new IllegalStateException("HAProxy exited with " + process.exitValue() + ": "
                        + Files.readString(log));
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return balancer;
                }
            } catch (IOException notYet) {
                // not listening yet, or no node marked up yet
            }
            Thread.sleep(250);
        }
        balancer.close();
        throw new IllegalStateException("HAProxy did not answer within 15 s; see " + log);
    }

    URL base() {
        try {
            return URI.create("http://127.0.0.1:" + port + "/clinic/").toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    Path log() {
        return log;
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
