package org.artclinic.clinic.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES} failed sign-ins for one user name
 * within {@link #WINDOW}, that name is refused until the oldest failure leaves the window. Known
 * and unknown names are treated alike, so the refusal tells nothing about which accounts exist.
 *
 * <p>Source: NIST SP 800-63B section 5.2.2 (verifiers shall limit consecutive failed attempts on a
 * single account, at most 100) and the OWASP Authentication Cheat Sheet ("Login Throttling").
 * Kept in memory per server instance; with a cluster each instance counts on its own.
 */
public final class LoginThrottle {

    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_TRACKED_NAMES = 10_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    /** When the name may try again, if it is blocked now. */
    public Optional<Instant> blockedUntil(String username, Instant now) {
        Deque<Instant> recent = failures.get(key(username));
        if (recent == null) {
            return Optional.empty();
        }
        synchronized (recent) {
            prune(recent, now);
            return recent.size() >= MAX_FAILURES ? Optional.of(recent.peekFirst().plus(WINDOW)) : Optional.empty();
        }
    }

    public void failed(String username, Instant now) {
        if (failures.size() > MAX_TRACKED_NAMES) {
            failures.values().removeIf(recent -> {
                synchronized (recent) {
                    prune(recent, now);
                    return recent.isEmpty();
                }
            });
        }
        Deque<Instant> recent = failures.computeIfAbsent(key(username), k -> new ArrayDeque<>());
        synchronized (recent) {
            prune(recent, now);
            recent.addLast(now);
        }
    }

    public void succeeded(String username) {
        failures.remove(key(username));
    }

    /** An administrator lets the name try again now (they checked who was locked out). */
    public void unlock(String username) {
        failures.remove(key(username));
    }

    private static void prune(Deque<Instant> recent, Instant now) {
        while (!recent.isEmpty() && !recent.peekFirst().plus(WINDOW).isAfter(now)) {
            recent.removeFirst();
        }
    }

    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
