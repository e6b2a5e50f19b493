package org.artclinic.clinic.security;

import java.io.Serializable;
import java.security.SecureRandom;
import java.util.logging.Logger;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.setup.ClinicClock;
import org.artclinic.clinic.setup.ClinicSetting;

/**
 * Two-factor sign-in with an authenticator app (decision 0028): the signed-in user begins the
 * set-up (a new secret), confirms it with a code, and turns it off with their password or a code;
 * an administrator resets it for someone who lost their phone, and decides whether administrators
 * must use it. The sign-in checks a code through {@link #acceptSignInCode}. Secrets and codes are
 * never logged.
 */
@Stateless
@DenyAll
public class TwoFactorService {

    private static final Logger LOG = Logger.getLogger(TwoFactorService.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The name authenticator apps show above the codes. */
    public static final String ISSUER = "ART Clinic";

    /** A set-up begun: the secret to show (QR code and text) until it is confirmed. */
    public record SetUp(String username, String secret) implements Serializable {

        /** The {@code otpauth://} link an app reads from the QR code. */
        public String uri() {
            return Totp.uri(ISSUER, username, secret);
        }

        /** The secret in groups of four, for typing it into an app by hand. */
        public String grouped() {
            return Totp.grouped(secret);
        }
    }

    @PersistenceContext
    private EntityManager em;

    @EJB
    private UserAccountService users;

    @EJB
    private SignInLimits limits;

    @Inject
    private PasswordHasher passwordHasher;

    @Inject
    private ClinicClock clock;

    /**
     * A new secret for the signed-in user, not yet in use: sign-in asks for no code until
     * {@link #confirm} succeeds. Beginning again (another phone, a lost page) replaces it.
     */
    @PermitAll
    public SetUp begin() {
        UserAccount account = caller();
        account.beginTwoFactor(Totp.newSecret(RANDOM));
        return pending(account);
    }

    /** The set-up the signed-in user began and has not confirmed yet, to show it again; null when none. */
    @PermitAll
    public SetUp pending() {
        return pending(caller());
    }

    private static SetUp pending(UserAccount account) {
        return account.pendingTwoFactorSecret().map(secret -> new SetUp(account.getUsername(), secret)).orElse(null);
    }

    /** Turns two-factor sign-in on for the signed-in user with a code from the app that read the secret. */
    @PermitAll
    public void confirm(String code) {
        UserAccount account = caller();
        account.confirmTwoFactor(code, clock.now());
        LOG.info(() -> "Two-factor sign-in turned on by " + account.getUsername());
    }

    /**
     * Turns two-factor sign-in off for the signed-in user, who proves it is them with their
     * password or a current code. An administrator cannot while the clinic requires it of them.
     * The proof counts for the user name's sign-in limits like a sign-in, so that someone who took
     * over an open session cannot try codes or passwords here without limit.
     */
    @PermitAll
    public void turnOff(String passwordOrCode) {
        UserAccount account = caller();
        if (!account.isTwoFactorEnabled()) {
            account.turnOffTwoFactor(); // forgets a set-up begun and not confirmed
            return;
        }
        if (account.hasRole(Role.ADMIN) && isRequiredForAdministrators()) {
            throw new DomainException("The clinic requires two-factor sign-in of administrators; it cannot be "
                    + "turned off. Set it up again on a new phone, or ask another administrator to reset it.");
        }
        SignInLimits.Reservation attempt = limits.reserve(account.getUsername(), null);
        if (!attempt.allowed()) {
            throw new DomainException("Too many wrong attempts with your user name; wait a few minutes and try again.");
        }
        if (!passwordHasher.matches(passwordOrCode, account.getPasswordHash())
                && !account.acceptTwoFactorCode(passwordOrCode, clock.now())) {
            limits.failed(attempt);
            throw new DomainException("That is neither your password nor a current code from your app.");
        }
        limits.succeeded(attempt);
        account.turnOffTwoFactor();
        LOG.info(() -> "Two-factor sign-in turned off by " + account.getUsername());
    }

    /** Whether the signed-in user signs in with a code. */
    @PermitAll
    public boolean isOn() {
        return caller().isTwoFactorEnabled();
    }

    /**
     * An administrator turns off someone's two-factor sign-in (a lost or replaced phone): they
     * sign in with their password alone and may set it up again.
     */
    @RolesAllowed(Role.Names.ADMIN)
    public UserAccount reset(long id) {
        UserAccount account = users.find(id);
        account.turnOffTwoFactor();
        LOG.info(() -> "Two-factor sign-in of " + account.getUsername() + " reset by an administrator");
        return account;
    }

    /** Whether administrators must sign in with two factors (a clinic-wide setting, off by default). */
    @PermitAll
    public boolean isRequiredForAdministrators() {
        ClinicSetting setting = em.find(ClinicSetting.class, ClinicSetting.TWO_FACTOR_FOR_ADMINISTRATORS);
        return setting != null && setting.isOn();
    }

    /** An administrator decides whether administrators must sign in with two factors. */
    @RolesAllowed(Role.Names.ADMIN)
    public void requireForAdministrators(boolean required) {
        ClinicSetting setting = em.find(ClinicSetting.class, ClinicSetting.TWO_FACTOR_FOR_ADMINISTRATORS);
        if (setting == null) {
            em.persist(new ClinicSetting(ClinicSetting.TWO_FACTOR_FOR_ADMINISTRATORS, Boolean.toString(required)));
        } else {
            setting.change(Boolean.toString(required));
        }
        LOG.info(() -> "Two-factor sign-in " + (required ? "required" : "no longer required") + " of administrators");
    }

    /** Whether {@code username}, just signed in, must set up two-factor sign-in before anything else. */
    @PermitAll
    public boolean mustSetUp(String username) {
        return users.findByUsername(username)
                .map(account -> account.mustSetUpTwoFactor(isRequiredForAdministrators()))
                .orElse(false);
    }

    /** Whether {@code username} is an active account that signs in with a code after the password. */
    @PermitAll
    public boolean isOn(String username) {
        return users.findByUsername(username).filter(UserAccount::isActive)
                .map(UserAccount::isTwoFactorEnabled).orElse(false);
    }

    /**
     * The second step of a sign-in whose password was accepted: whether {@code code} is a current,
     * unused code of the account's app. An accepted code is used up.
     */
    @PermitAll
    public boolean acceptSignInCode(String username, String code) {
        return users.findByUsername(username).filter(UserAccount::isActive)
                .map(account -> account.acceptTwoFactorCode(code, clock.now()))
                .orElse(false);
    }

    private UserAccount caller() {
        return users.signedInAccount()
                .orElseThrow(() -> new DomainException("Sign in to set up two-factor sign-in."));
    }
}
