package org.artclinic.clinic.security;

import java.time.Duration;
import java.util.Optional;

/**
 * How many failed sign-ins one subject (a user name, or a source address) may have before it is
 * locked, and for how long: the first lock lasts {@code firstLock}, every further failure after it
 * doubles the lock up to {@code longestLock} (back-off), and after {@code failuresUntilUnlocked}
 * consecutive failures the subject stays locked until an administrator unlocks it. Failures are
 * forgotten after a quiet {@code forgetAfter}, and a user name's at its next successful sign-in.
 *
 * <p>Sources: NIST SP 800-63B section 5.2.2 (a verifier shall limit consecutive failed attempts on
 * one account to no more than 100, and may lengthen the wait between attempts); OWASP
 * Authentication Cheat Sheet, "Account lockout" and "Login throttling" (count per account and per
 * source address, and let the lock expire so that an attacker cannot lock staff out for good).
 */
public record SignInRule(String kind, int freeFailures, Duration firstLock, Duration longestLock,
        Duration forgetAfter, int failuresUntilUnlocked) {

    /** Five wrong passwords, then 5 minutes, 10, 20, 40, then an hour each; 100 in a row hold it for an administrator. */
    public static final SignInRule USER_NAME = new SignInRule("user", 5, Duration.ofMinutes(5), Duration.ofHours(1),
            Duration.ofHours(24), 100);

    /**
     * Thirty failures from one address (a clinic's staff may share one address behind a router),
     * then 1 minute, 2, 4, ... up to an hour; an address is never held for an administrator, so a
     * guessing machine cannot lock a whole clinic out.
     */
    public static final SignInRule ADDRESS = new SignInRule("address", 30, Duration.ofMinutes(1), Duration.ofHours(1),
            Duration.ofHours(24), 0);

    public SignInRule {
        if (forgetAfter.compareTo(longestLock) <= 0) {
            // else the failures would be forgotten by the time the longest lock ends, and the back-off start over
            throw new IllegalArgumentException("failures must be remembered longer than the longest lock");
        }
    }

    /** The key of the subject's counter: the kind and the user name or address, e.g. {@code user:frontdesk}. */
    public String subject(String value) {
        return kind + ":" + value;
    }

    /**
     * How long a subject with {@code failures} consecutive failures is locked: none below
     * {@link #freeFailures}, {@linkplain Lock#untilUnlocked() until unlocked} at
     * {@link #failuresUntilUnlocked}, else doubling from {@link #firstLock} up to {@link #longestLock}.
     */
    public Optional<Lock> lockAfter(int failures) {
        if (failures < freeFailures) {
            return Optional.empty();
        }
        if (failuresUntilUnlocked > 0 && failures >= failuresUntilUnlocked) {
            return Optional.of(new Lock(null));
        }
        int doublings = Math.min(failures - freeFailures, 30);
        Duration lock = firstLock.multipliedBy(1L << doublings);
        return Optional.of(new Lock(lock.compareTo(longestLock) > 0 ? longestLock : lock));
    }

    /** A lock of a given length, or held until an administrator unlocks (no length). */
    public record Lock(Duration length) {
        public boolean untilUnlocked() {
            return length == null;
        }
    }
}
