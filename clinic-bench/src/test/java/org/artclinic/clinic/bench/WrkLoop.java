package org.artclinic.clinic.bench;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A closed loop driven by Debian's {@code wrk} (the load tool issue 14 names), for the REST
 * throughput target: the same requests as the benchmark's Java clients, with a few percent of a
 * core for the load tool instead of the third of a core that sixteen Java clients decoding every
 * answer into a string take on the same two cores (decision 0062).
 */
final class WrkLoop {

    /** What one run of wrk reported. */
    record Result(long requests, long failed, double seconds, String output) {

        /** Requests answered 2xx (or 3xx, which the API does not send) per second. */
        double answeredPerSecond() {
            return (requests - failed) / seconds;
        }
    }

    private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in ([0-9.]+)(ms|s|m)\\b");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
    private static final Pattern SOCKET_ERRORS =
            Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    private WrkLoop() {
    }

    /** The {@code wrk} on the PATH, if there is one. */
    static Optional<Path> find() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "wrk");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * Sends {@code paths} in turn (each connection starting elsewhere in the list) with the bearer
     * token, from {@code connections} connections on two threads, for {@code duration}.
     */
    static Result run(Path wrk, URL base, String token, List<String> paths, int connections, Duration duration,
            Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Path script = dir.resolve("closed-loop.lua");
        Files.writeString(script, script(token, paths), StandardCharsets.UTF_8);
        String origin = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
        List<String> command = List.of(wrk.toString(), "-t2", "-c" + connections,
                "-d" + Math.max(1, duration.toSeconds()) + "s", "--timeout", "10s", "-s", script.toString(), origin);
        // its report goes to a file, so that the wait below can time out (reading its output would block)
        Path report = dir.resolve("wrk-report.txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(report.toFile()).start();
        boolean finished = process.waitFor(duration.toSeconds() + 60, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        String output = Files.readString(report, StandardCharsets.UTF_8);
        if (!finished || process.exitValue() != 0) {
            throw new IllegalStateException("wrk did not finish: " + output);
        }
        return parse(output);
    }

    /** The figures in wrk's report. */
    static Result parse(String output) {
        Matcher requests = REQUESTS.matcher(output);
        if (!requests.find()) {
            throw new IllegalStateException("No request count in wrk's report: " + output);
        }
        double seconds = Double.parseDouble(requests.group(2)) * switch (requests.group(3)) {
            case "ms" -> 0.001;
            case "m" -> 60;
            default -> 1;
        };
        long failed = 0;
        Matcher non2xx = NON_2XX.matcher(output);
        if (non2xx.find()) {
            failed += Long.parseLong(non2xx.group(1));
        }
        Matcher errors = SOCKET_ERRORS.matcher(output);
        if (errors.find()) {
            for (int group = 1; group <= 4; group++) {
                failed += Long.parseLong(errors.group(group));
            }
        }
        return new Result(Long.parseLong(requests.group(1)), failed, seconds, output);
    }

    /** A Lua script for wrk: every thread cycles through the paths from its own starting point. */
    static String script(String token, List<String> paths) {
        List<String> quoted = new ArrayList<>();
        for (String path : paths) {
            quoted.add(lua(path));
        }
        return "local paths = {" + String.join(",\n  ", quoted) + "}\n"
                + "local headers = {[\"Authorization\"] = \"Bearer \" .. " + lua(token) + "}\n"
                + "local threads = 0\n"
                + "function setup(thread)\n"
                + "  thread:set(\"first\", threads * 997)\n"
                + "  threads = threads + 1\n"
                + "end\n"
                + "local n = 0\n"
                + "function init(args)\n"
                + "  n = first or 0\n"
                + "end\n"
                + "function request()\n"
                + "  n = n + 1\n"
                + "  return wrk.format(\"GET\", paths[(n % #paths) + 1], headers)\n"
                + "end\n";
    }

    private static String lua(String text) {
        if (!text.matches("[A-Za-z0-9/?&=%._:+'\\-]*")) {
            throw new IllegalArgumentException("Unexpected characters for a wrk script: " + text);
        }
        return "\"" + text + "\"";
    }
}
