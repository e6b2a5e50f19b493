package org.artclinic.clinic.security;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.artclinic.clinic.setup.ClinicClock;

/**
 * Checks user names and passwords for the login page and for HTTP Basic on the API, against the
 * {@code user_account} table, with the sign-in limits (decision 0026):
 * <ol>
 * <li>the attempt is {@linkplain SignInLimits#reserve counted} per user name and per source address
 * ({@link ClientAddress}) before anything else; while either is locked the answer is "invalid" at once, the same answer as
 * for a wrong password (user names that do not exist are counted and locked alike, so a lock says
 * nothing about which accounts exist);</li>
 * <li>the password is hashed and compared with the account's stored hash, or, for a user name
 * that has no active account, with a dummy hash of the same cost, so that an unknown name takes
 * as long to refuse as a real one (no discovery of user names by timing);</li>
 * <li>a right password takes the count back; a wrong one stays counted and may lock.</li>
 * </ol>
 * For an account with two-factor sign-in on (decision 0028) a right password is not enough: it
 * answers "invalid" as well, its attempt stays counted, and when the login form offered a second
 * step ({@link SecondFactorPending#offerFor}) the sign-in waits in the session for the code. The
 * code comes back as a {@link SecondFactorCredential}: it is counted like a password, and only a
 * right code takes back both counts and signs the user in. HTTP Basic offers no second step, so
 * such an account gets the answer of a wrong password there.
 * Replaces the container's database identity store, which answers an unknown name without hashing.
 */
@ApplicationScoped
public class ClinicIdentityStore implements IdentityStore {

    private static final int RESERVE_TRIES = 3;

    /**
     * Reservations of one user name queue here on this server before they queue on the row, so
     * that the first attempts of a new name at the same moment do not all try to insert its
     * counter (each failed insert would be retried and logged); across servers the retry remains.
     */
    private final Object[] stripes = new Object[64];

    {
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new Object();
        }
    }

    @Inject
    private HttpServletRequest request;

    @Inject
    private ClientAddress clientAddress;

    @Inject
    private PasswordHasher hasher;

    /** A signature later today confirms this password without a second full hash (decision 0054). */
    @Inject
    private RecentPasswords recentPasswords;

    @EJB
    private UserAccountService users;

    @EJB
    private SignInLimits limits;

    @EJB
    private TwoFactorService twoFactor;

    @Inject
    private ClinicClock clock;

    @EJB
    private org.artclinic.clinic.audit.AuditTrail audit;

    private volatile String dummyHash;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (credential instanceof UsernamePasswordCredential password) {
            return validate(password);
        }
        if (credential instanceof SecondFactorCredential code) {
            return validate(code);
        }
        return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String username = credential.getCaller() == null ? "" : credential.getCaller().strip().toLowerCase(Locale.ROOT);
        SignInLimits.Reservation reservation = reserve(username, clientAddress.limitedAddressOf(request).orElse(null));
        if (!reservation.allowed()) {
            audit(username, org.artclinic.clinic.audit.AuditAction.LOCK_OUT,
                    org.artclinic.clinic.audit.AuditOutcome.DENIED, "refused while the user name or address is locked");
            return CredentialValidationResult.INVALID_RESULT;
        }
        Optional<UserAccount> account = users.findByUsername(username).filter(UserAccount::isActive);
        String hash = account.map(UserAccount::getPasswordHash).orElseGet(this::dummyHash);
        boolean right = hasher.matches(credential.getPasswordAsString(), hash) && account.isPresent();
        if (!right) {
            limits.failed(reservation);
            audit(username, org.artclinic.clinic.audit.AuditAction.SIGN_IN_FAILED,
                    org.artclinic.clinic.audit.AuditOutcome.DENIED, account.isPresent() ? "wrong password"
                            : "no active user of that name");
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (account.get().isTwoFactorEnabled()) {
            limits.failed(reservation); // stays counted until the code is right
            if (SecondFactorPending.isOffered(request)) {
                new SecondFactorPending(account.get().getUsername(), clock.now().plus(SecondFactorPending.LIFETIME),
                        reservation.address(),
                        reservation.byAddress() != null && reservation.byAddress().lockedByThisAttempt()).start(request);
            }
            return CredentialValidationResult.INVALID_RESULT;
        }
        limits.succeeded(reservation);
        recentPasswords.remember(account.get().getUsername(), credential.getPasswordAsString(), hash);
        signedIn(account.get().getUsername(), "password");
        return new CredentialValidationResult(account.get().getUsername(), groups(account.get().getRoles()));
    }

    /**
     * A sign-in at the page is audited; an API call with HTTP Basic (each call checks the password) is
     * audited as the call itself, not as a sign-in as well.
     */
    private void signedIn(String username, String how) {
        if (!isApiCall()) {
            audit(username, org.artclinic.clinic.audit.AuditAction.SIGN_IN,
                    org.artclinic.clinic.audit.AuditOutcome.SUCCESS, how);
        }
    }

    private boolean isApiCall() {
        String servletPath = request.getServletPath();
        return servletPath != null && servletPath.startsWith("/api");
    }

    /** A sign-in event, kept whatever happens to the request (decision 0037). */
    private void audit(String username, org.artclinic.clinic.audit.AuditAction action,
            org.artclinic.clinic.audit.AuditOutcome outcome, String detail) {
        audit.recordAlone(org.artclinic.clinic.audit.AuditEvent.of(clock.now(),
                username.isEmpty() ? "(none given)" : username, action, "sign-in").outcome(outcome)
                .address(clientAddress.addressOf(request)).detail(detail).build());
    }

    /** The code step of a sign-in whose password was right a moment ago in this session. */
    public CredentialValidationResult validate(SecondFactorCredential credential) {
        HttpSession session = request.getSession(false);
        Optional<SecondFactorPending> pending = SecondFactorPending.of(session, clock.now())
                .filter(waiting -> waiting.username().equals(credential.caller()));
        if (pending.isEmpty()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        String username = pending.get().username();
        SignInLimits.Reservation reservation = reserve(username, clientAddress.limitedAddressOf(request).orElse(null));
        if (!reservation.allowed()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (!acceptCode(username, credential.code())) {
            limits.failed(reservation);
            audit(username, org.artclinic.clinic.audit.AuditAction.SIGN_IN_FAILED,
                    org.artclinic.clinic.audit.AuditOutcome.DENIED, "wrong two-factor code");
            return CredentialValidationResult.INVALID_RESULT;
        }
        limits.succeeded(reservation);
        limits.succeeded(passwordAttempt(pending.get()));
        SecondFactorPending.end(session);
        signedIn(username, "password and two-factor code");
        return users.findByUsername(username).filter(UserAccount::isActive)
                .map(account -> new CredentialValidationResult(account.getUsername(), groups(account.getRoles())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    private boolean acceptCode(String username, String code) {
        try {
            return twoFactor.acceptSignInCode(username, code);
        } catch (EJBException e) {
            return false; // another sign-in of the account used a code at the same moment (optimistic lock)
        }
    }

    /** The password step's attempt, as the pending sign-in remembers it, to be taken back with the code's. */
    private static SignInLimits.Reservation passwordAttempt(SecondFactorPending pending) {
        return new SignInLimits.Reservation(pending.username(), pending.address(), true, null,
                pending.address() == null ? null : new SignInLimit.Attempt(true, pending.addressLockedByPassword()));
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return EnumSet.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS);
    }

    @Override
    public Set<String> getCallerGroups(CredentialValidationResult result) {
        return users.findByUsername(result.getCallerPrincipal().getName())
                .filter(UserAccount::isActive)
                .map(account -> groups(account.getRoles()))
                .orElse(Set.of());
    }

    private SignInLimits.Reservation reserve(String username, String address) {
        Object stripe = stripes[Math.floorMod(username.hashCode(), stripes.length)];
        for (int attempt = 1;; attempt++) {
            try {
                synchronized (stripe) {
                    return limits.reserve(username, address);
                }
            } catch (EJBException e) {
                // two first attempts for one subject inserted its counter at the same moment; it exists now
                if (attempt >= RESERVE_TRIES) {
                    throw e;
                }
            }
        }
    }

    private static Set<String> groups(Set<Role> roles) {
        return roles.stream().map(Enum::name).collect(Collectors.toUnmodifiableSet());
    }

    /** A hash of a random password, made with today's iterations: the cost of a real check. */
    private String dummyHash() {
        String hash = dummyHash;
        if (hash == null) {
            hash = hasher.hashAsIs(hasher.oneTimePassword());
            dummyHash = hash;
        }
        return hash;
    }
}
