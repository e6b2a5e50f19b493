package org.artclinic.clinic.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How long a signed-in page session may go on without looking at its account again, and what a
 * look finds (decision 0027). A session ends when it is older than {@link #maxLifetime()} since
 * its sign-in, whatever its activity; otherwise, every {@link #recheckEvery()} it re-reads its
 * account: gone, deactivated, without roles, or with its sessions revoked after this sign-in (an
 * administrator deactivated it or reset its password), and it ends; with other roles than the
 * session holds, the session takes the account's roles from then on.
 */
public record SessionPolicy(Duration recheckEvery, Duration maxLifetime) {

    /** What to do with a session on this request. */
    public enum Verdict {
        /** Go on with the roles the session holds. */
        KEEP,
        /** Read the account (see {@link #afterRecheck}) before going on. */
        RECHECK,
        /** Go on with the account's current roles, kept in the session from now on. */
        REFRESH_ROLES,
        /** The account may no longer use this session: sign in again (if it still may). */
        END_REVOKED,
        /** The session reached its absolute lifetime: sign in again. */
        END_LIFETIME
    }

    /**
     * The account as a re-check reads it.
     *
     * @param sessionsValidFrom sessions signed in before this instant are revoked; null for none
     */
    public record Standing(boolean active, Set<Role> roles, Instant sessionsValidFrom) {
        public Standing {
            roles = Set.copyOf(roles);
        }
    }

    public SessionPolicy {
        requirePositive(recheckEvery, "recheckEvery");
        requirePositive(maxLifetime, "maxLifetime");
    }

    /** Without reading anything: whether the session has lived too long, is due for a re-check, or goes on. */
    public Verdict onRequest(Instant signedInAt, Instant lastChecked, Instant now) {
        if (!now.isBefore(signedInAt.plus(maxLifetime))) {
            return Verdict.END_LIFETIME;
        }
        // a clock set back (an operator, a test) re-checks too rather than trusting a time to come
        return now.isBefore(lastChecked) || !now.isBefore(lastChecked.plus(recheckEvery)) ? Verdict.RECHECK
                : Verdict.KEEP;
    }

    /**
     * After re-reading the account of a session signed in at {@code signedInAt} with {@code sessionRoles}.
     *
     * @param account empty when no account has the session's user name any more
     */
    public Verdict afterRecheck(Instant signedInAt, Set<Role> sessionRoles, Optional<Standing> account) {
        if (account.isEmpty()) {
            return Verdict.END_REVOKED;
        }
        Standing standing = account.get();
        if (!standing.active() || standing.roles().isEmpty()
                || standing.sessionsValidFrom() != null && standing.sessionsValidFrom().isAfter(signedInAt)) {
            return Verdict.END_REVOKED;
        }
        return standing.roles().equals(sessionRoles) ? Verdict.KEEP : Verdict.REFRESH_ROLES;
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + duration);
        }
    }
}
