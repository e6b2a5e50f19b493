package org.artclinic.clinic.security;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * A page sign-in whose password was right, for an account with two-factor sign-in on, waiting for
 * the code (decision 0028): kept in the HTTP session for {@link #LIFETIME}, never with the password.
 * {@link ClinicIdentityStore} starts it when the login form (and only the login form, see
 * {@link #offerFor}) gives a right password, and ends it when the code is right; the login page
 * shows the code step while it lasts.
 *
 * @param username the account whose password was right
 * @param expiresAt after this the password must be given again
 * @param address the source address the password's attempt was counted for (sign-in limits), or null
 * @param addressLockedByPassword whether that attempt locked the address (taken back with it)
 */
public record SecondFactorPending(String username, Instant expiresAt, String address, boolean addressLockedByPassword)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How long the code step waits for the code. */
    public static final Duration LIFETIME = Duration.ofMinutes(5);

    private static final String ATTRIBUTE = SecondFactorPending.class.getName();
    /** Set on the request by the login form: only it may start a code step (not HTTP Basic on the API). */
    private static final String OFFERED = SecondFactorPending.class.getName() + ".offered";

    /** The login form is about to check a password: a right one of a two-factor account goes on to the code. */
    static void offerFor(HttpServletRequest request) {
        request.setAttribute(OFFERED, Boolean.TRUE);
    }

    static boolean isOffered(HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(OFFERED));
    }

    void start(HttpServletRequest request) {
        request.getSession().setAttribute(ATTRIBUTE, this);
    }

    /** The sign-in waiting for its code in this session, if it has not expired. */
    static Optional<SecondFactorPending> of(HttpSession session, Instant now) {
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof SecondFactorPending pending)) {
            return Optional.empty();
        }
        return now.isBefore(pending.expiresAt()) ? Optional.of(pending) : Optional.empty();
    }

    /** Whether this session holds a code step, live or expired (the page then says it expired). */
    static boolean isHeldBy(HttpSession session) {
        return session != null && session.getAttribute(ATTRIBUTE) != null;
    }

    static void end(HttpSession session) {
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
    }
}
