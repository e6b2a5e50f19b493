package org.artclinic.clinic.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A PostgreSQL server of the test's own (never the machine's shared one): {@code initdb} into a
 * folder under target/, started with {@code pg_ctl} on a free port of the loopback, trusting local
 * connections, so that a fault test may stop, restart and kill it. PostgreSQL refuses to run as
 * root; as root (CI) its commands run as the {@code postgres} user, who then owns the folder.
 */
final class PrivatePostgres implements AutoCloseable {

    private final Path dir;
    private final Path data;
    private final int port;
    private final String bin;
    /** Whether the folder is one of its own under the temporary directory, to be removed at the end. */
    private boolean temporary;

    private PrivatePostgres(Path dir, int port, String bin) {
        this.dir = dir.toAbsolutePath();
        this.data = this.dir.resolve("data");
        this.port = port;
        this.bin = bin;
    }

    static PrivatePostgres start(Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        // as root, the postgres user must be able to reach the folder: a clone inside a private folder
        // (mktemp -d) is out of its reach, so the server then lives in a folder of its own under the
        // temporary directory, removed when it closes
        Path home = asRoot() && !reachableByPostgres(dir) ? Files.createTempDirectory("clinic-pg-") : dir;
        PrivatePostgres postgres = new PrivatePostgres(home, ClinicProcess.freePort(), binaries());
        postgres.temporary = !home.equals(dir);
        if (asRoot()) {
            run(List.of("chown", "-R", "postgres:postgres", postgres.dir.toString()));
        }
        postgres.pg("initdb", "-D", postgres.data.toString(), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                "--locale=C.UTF-8");
        postgres.startServer();
        return postgres;
    }

    /** The folder of PostgreSQL's programs: pg_config's answer, else whatever is on the PATH. */
    private static String binaries() throws IOException, InterruptedException {
        try {
            String found = run(List.of("pg_config", "--bindir")).strip();
            if (Files.isExecutable(Path.of(found, "initdb"))) {
                return found + "/";
            }
        } catch (IOException | IllegalStateException noPgConfig) {
            // fall back to the PATH
        }
        return "";
    }

    private static boolean reachableByPostgres(Path dir) throws IOException, InterruptedException {
        try {
            run(List.of("runuser", "-u", "postgres", "--", "test", "-x", dir.toAbsolutePath().toString()));
            return true;
        } catch (IllegalStateException refused) {
            return false;
        }
    }

    private static boolean asRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    void startServer() throws IOException, InterruptedException {
        pg("pg_ctl", "-D", data.toString(), "-l", dir.resolve("server.log").toString(), "-w", "-t", "60", "-o",
                "-p " + port + " -c listen_addresses=127.0.0.1 -k " + dir + " -c fsync=on", "start");
    }

    /** A fast shutdown (open sessions are ended) and a start: back within about a second. */
    void restart() throws IOException, InterruptedException {
        // -l as at the start: without it the server would write to this test's pipe and hold it open
        pg("pg_ctl", "-D", data.toString(), "-l", dir.resolve("server.log").toString(), "-m", "fast", "-w", "-t",
                "60", "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -k " + dir, "restart");
    }

    void stop() throws IOException, InterruptedException {
        pg("pg_ctl", "-D", data.toString(), "-m", "fast", "-w", "-t", "60", "stop");
    }

    /** What the application needs to use this server (the environment variables of the README). */
    Map<String, String> environment() {
        return Map.of("CLINIC_DB_URL", "jdbc:postgresql://127.0.0.1:" + port + "/postgres",
                "CLINIC_DB_USER", "postgres", "CLINIC_DB_PASSWORD", "unused-trust-auth",
                "CLINIC_DB_DATASOURCE", "org.postgresql.ds.PGSimpleDataSource");
    }

    private void pg(String program, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (asRoot()) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(bin + program);
        command.addAll(List.of(arguments));
        run(command);
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        int exit = process.waitFor();
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + exit + ": " + output);
        }
        return output;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            stop();
        } catch (IllegalStateException alreadyStopped) {
            // nothing runs
        } finally {
            if (temporary) {
                run(List.of("rm", "-rf", dir.toString()));
            }
        }
    }
}
