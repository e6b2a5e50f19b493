package org.artclinic.clinic.security;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * The failed sign-ins of one subject (a user name, known or not, or a source address) under a
 * {@link SignInRule}. An attempt is counted as a failure <em>before</em> its password is checked
 * ({@link #attempt}), and taken back when the password was right: with the row locked while it is
 * counted, thirty guesses sent at the same moment get no more through than thirty sent one after
 * another (decision 0026). Kept in the database, so every server of a cluster counts together and an
 * administrator's unlock holds everywhere.
 */
@Entity
@Table(name = "sign_in_limit")
@NamedQuery(name = SignInLimit.LOCKED_AMONG,
        query = "SELECT l FROM SignInLimit l WHERE l.subject IN :subjects"
                + " AND (l.heldForAdministrator = TRUE OR l.lockedUntil > :now)")
public class SignInLimit implements Serializable {

    public static final String LOCKED_AMONG = "SignInLimit.lockedAmong";

    private static final long serialVersionUID = 1L;

    @Id
    @Column(length = 140)
    private String subject;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failure_at")
    private Instant lastFailureAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "held_for_administrator", nullable = false)
    private boolean heldForAdministrator;

    protected SignInLimit() {
        // for JPA
    }

    public SignInLimit(String subject) {
        this.subject = Objects.requireNonNull(subject, "subject");
    }

    /** What {@link #attempt} decided. */
    public record Attempt(boolean allowed, boolean lockedByThisAttempt) {
        static final Attempt REFUSED = new Attempt(false, false);
    }

    /**
     * A sign-in is about to be checked: refused without checking while the subject is locked;
     * otherwise counted as a failure now (and the lock set when this is one failure too many).
     */
    public Attempt attempt(SignInRule rule, Instant now) {
        if (isLocked(now)) {
            return Attempt.REFUSED;
        }
        if (lastFailureAt != null && !lastFailureAt.plus(rule.forgetAfter()).isAfter(now)) {
            failures = 0;
        }
        failures++;
        lastFailureAt = now;
        return rule.lockAfter(failures).map(lock -> {
            if (lock.untilUnlocked()) {
                heldForAdministrator = true;
            } else {
                lockedUntil = now.plus(lock.length());
            }
            return new Attempt(true, true);
        }).orElse(new Attempt(true, false));
    }

    /** The password was right: the user name's failures are forgotten. */
    public void succeeded() {
        failures = 0;
        lastFailureAt = null;
        lockedUntil = null;
        heldForAdministrator = false;
    }

    /** The password was right: the failure counted for this attempt is taken back (an address). */
    public void withdraw(Attempt attempt) {
        failures = Math.max(0, failures - 1);
        if (attempt.lockedByThisAttempt()) {
            lockedUntil = null;
            heldForAdministrator = false;
        }
    }

    /** An administrator lets the subject try again now. */
    public void unlock() {
        succeeded();
    }

    public boolean isLocked(Instant now) {
        return heldForAdministrator || lockedUntil != null && lockedUntil.isAfter(now);
    }

    /**
     * How long the last lock lasts from the failure that set it; {@code null} when it is held for an
     * administrator, zero when there is none.
     */
    public Duration lockLength() {
        if (heldForAdministrator) {
            return null;
        }
        return lockedUntil == null || lastFailureAt == null ? Duration.ZERO : Duration.between(lastFailureAt, lockedUntil);
    }

    public String getSubject() {
        return subject;
    }

    public int getFailures() {
        return failures;
    }
}
