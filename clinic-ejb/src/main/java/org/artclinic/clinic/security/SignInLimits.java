package org.artclinic.clinic.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.artclinic.clinic.setup.ClinicClock;

/**
 * Counts failed sign-ins per user name and per source address ({@link SignInRule}, decision 0026).
 * Every check of a password, by the login page or by HTTP Basic on the API, first
 * {@linkplain #reserve reserves} its attempt: in a transaction of its own, the two counters are
 * read with a row lock ({@code SELECT ... FOR UPDATE}, user name first, then address, so that two
 * sign-ins never wait on each other in a circle), the attempt is counted as a failure, and the
 * transaction commits before the password is hashed. Parallel guesses therefore queue on the row
 * and are counted one by one. A right password then {@linkplain #succeeded takes the count back}.
 */
@Stateless
@DenyAll
public class SignInLimits {

    private static final Logger LOG = Logger.getLogger(SignInLimits.class.getName());

    /** A counted attempt: whether its password may be checked, and what it did to each counter. */
    public record Reservation(String username, String address, boolean allowed,
            SignInLimit.Attempt byName, SignInLimit.Attempt byAddress) {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ClinicClock clock;

    /**
     * Counts a sign-in attempt of {@code username} from {@code address} before its password is
     * checked. Not allowed while either is locked; then nothing is counted.
     *
     * @param address the client's address, or null where it is not limited (a loopback client)
     *
     * <p>Two first attempts of a new subject at the same moment both insert its row; the second
     * insert fails on the primary key and this call throws. The caller calls again once (the row
     * exists by then).
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Reservation reserve(String username, String address) {
        Instant now = clock.now();
        SignInLimit byName = locked(SignInRule.USER_NAME.subject(username));
        SignInLimit byAddress = address == null ? null : locked(SignInRule.ADDRESS.subject(address));
        if (byName.isLocked(now) || byAddress != null && byAddress.isLocked(now)) {
            return new Reservation(username, address, false, null, null);
        }
        return new Reservation(username, address, true, byName.attempt(SignInRule.USER_NAME, now),
                byAddress == null ? null : byAddress.attempt(SignInRule.ADDRESS, now));
    }

    /** The password was right: the user name's failures are forgotten and the address's count taken back. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void succeeded(Reservation reservation) {
        if (!reservation.allowed()) {
            return;
        }
        locked(SignInRule.USER_NAME.subject(reservation.username())).succeeded();
        if (reservation.byAddress() != null) {
            locked(SignInRule.ADDRESS.subject(reservation.address())).withdraw(reservation.byAddress());
        }
    }

    /** The password was wrong (already counted): logs a lock-out that this attempt set off, with the address. */
    @PermitAll
    public void failed(Reservation reservation) {
        if (!reservation.allowed()) {
            return;
        }
        if (reservation.byName().lockedByThisAttempt()) {
            logLockOut(SignInRule.USER_NAME.subject(reservation.username()), reservation.address());
        }
        if (reservation.byAddress() != null && reservation.byAddress().lockedByThisAttempt()) {
            logLockOut(SignInRule.ADDRESS.subject(reservation.address()), reservation.address());
        }
    }

    /** Which of {@code usernames} are locked now (one query for a page of users). */
    @RolesAllowed(Role.Names.ADMIN)
    public Set<String> lockedAmong(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Set.of();
        }
        List<String> subjects = usernames.stream().map(SignInRule.USER_NAME::subject).toList();
        String prefix = SignInRule.USER_NAME.subject("");
        return em.createNamedQuery(SignInLimit.LOCKED_AMONG, SignInLimit.class)
                .setParameter("subjects", subjects)
                .setParameter("now", clock.now())
                .getResultStream()
                .map(limit -> limit.getSubject().substring(prefix.length()))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** How many failed sign-ins in a row the user name has now (the Users page and the API show it). */
    @RolesAllowed(Role.Names.ADMIN)
    public int failuresOf(String username) {
        SignInLimit limit = em.find(SignInLimit.class, SignInRule.USER_NAME.subject(username));
        return limit == null ? 0 : limit.getFailures();
    }

    /** An administrator lets a locked user name sign in again now, on every server. */
    @RolesAllowed(Role.Names.ADMIN)
    public void unlock(String username) {
        SignInLimit limit = em.find(SignInLimit.class, SignInRule.USER_NAME.subject(username),
                LockModeType.PESSIMISTIC_WRITE);
        if (limit != null) {
            limit.unlock();
            LOG.info(() -> "Sign-in of " + username + " unlocked by an administrator");
        }
    }

    private SignInLimit locked(String subject) {
        SignInLimit limit = em.find(SignInLimit.class, subject, LockModeType.PESSIMISTIC_WRITE);
        if (limit == null) {
            limit = new SignInLimit(subject);
            em.persist(limit);
            em.flush();
        }
        return limit;
    }

    private void logLockOut(String subject, String address) {
        SignInLimit limit = em.find(SignInLimit.class, subject);
        if (limit == null) {
            return;
        }
        Duration length = limit.lockLength();
        LOG.warning(() -> "Sign-in locked for " + subject + " after " + limit.getFailures() + " failed attempts, "
                + (length == null ? "until an administrator unlocks it" : "for " + length.toMinutes() + " min")
                + "; last attempt from " + (address == null ? "this machine" : address));
    }
}
