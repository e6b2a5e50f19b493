package org.artclinic.clinic.bench;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

/** Latencies per operation and the errors of a run; only what happens while {@link #measuring} is on counts. */
final class Recorder {

    private final Map<String, List<Long>> micros = new ConcurrentHashMap<>();
    private final List<String> errors = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean measuring;

    void measuring(boolean on) {
        measuring = on;
    }

    /** Sends one request, times it, and notes an error unless it answered {@code expected}; null when it failed. */
    HttpResponse<String> call(String operation, int expected, Callable<HttpResponse<String>> request) {
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = request.call();
            record(operation, System.nanoTime() - started);
            if (response.statusCode() != expected) {
                error(operation + " answered " + response.statusCode() + ": "
                        + response.body().substring(0, Math.min(300, response.body().length())));
                return null;
            }
            return response;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (Exception | AssertionError e) {
            error(operation + ": " + e);
            return null;
        }
    }

    /** Notes the time an operation took (e.g. a screen made of a page and its ajax request). */
    void record(String operation, long nanos) {
        if (measuring) {
            micros.computeIfAbsent(operation, k -> Collections.synchronizedList(new ArrayList<>())).add(nanos / 1_000);
        }
    }

    void error(String text) {
        if (errors.size() < 1_000) {
            errors.add(text);
        }
    }

    List<String> errors() {
        synchronized (errors) {
            return List.copyOf(errors);
        }
    }

    /** count, p50, p95, p99, max in microseconds; empty when the operation never ran. */
    java.util.Optional<long[]> figures(String operation) {
        List<Long> values = micros.get(operation);
        if (values == null) {
            return java.util.Optional.empty();
        }
        long[] sorted;
        synchronized (values) {
            sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        }
        if (sorted.length == 0) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new long[] {sorted.length, percentile(sorted, 50), percentile(sorted, 95),
            percentile(sorted, 99), sorted[sorted.length - 1]});
    }

    long count() {
        return micros.values().stream().mapToLong(List::size).sum();
    }

    static long percentile(long[] sorted, int percent) {
        return sorted[Math.max(0, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }
}
