package org.artclinic.clinic.security;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.artclinic.clinic.common.BaseEntity;
import org.artclinic.clinic.common.DomainException;

/**
 * A person who can log in. The password is kept only as a PBKDF2 hash produced by the container's
 * {@code Pbkdf2PasswordHash}; the plain text never reaches this class. Accounts are never deleted
 * (notes, audit entries and appointments name them): a leaver is deactivated.
 *
 * <p>A password set by an administrator (a new account, a reset) is a one-time password: the
 * account then {@linkplain #isPasswordChangeRequired() must choose its own} at the next sign-in.
 *
 * <p>Two-factor sign-in (decision 0028) is optional: the user starts it (a new secret, shown once
 * as a QR code), confirms it with a code from their app, and from then on signs in with a
 * {@link Totp} code after the password. The secret stays on the account while it is on; the step
 * of the last accepted code is kept so that no code is accepted twice.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(name = UserAccount.BY_USERNAME,
        query = "SELECT u FROM UserAccount u WHERE u.username = :username")
@NamedQuery(name = UserAccount.ALL_BY_USERNAME,
        query = "SELECT u FROM UserAccount u WHERE u.username LIKE :prefix OR LOWER(u.fullName) LIKE :part"
                + " ORDER BY u.username")
@NamedQuery(name = UserAccount.COUNT_ALL,
        query = "SELECT COUNT(u) FROM UserAccount u WHERE u.username LIKE :prefix OR LOWER(u.fullName) LIKE :part")
@NamedQuery(name = UserAccount.STANDING_BY_USERNAME,
        query = "SELECT u.active, u.sessionsValidFrom, r FROM UserAccount u LEFT JOIN u.roles r"
                + " WHERE u.username = :username")
@NamedQuery(name = UserAccount.COUNT_ACTIVE_WITH_ROLE,
        query = "SELECT COUNT(u) FROM UserAccount u WHERE u.active = TRUE AND :role MEMBER OF u.roles")
public class UserAccount extends BaseEntity {

    public static final String BY_USERNAME = "UserAccount.byUsername";
    public static final String ALL_BY_USERNAME = "UserAccount.allByUsername";
    public static final String COUNT_ALL = "UserAccount.countAll";
    public static final String COUNT_ACTIVE_WITH_ROLE = "UserAccount.countActiveWithRole";
    /** One row per role: active, sessions valid from, role (see {@link SessionPolicy.Standing}). */
    public static final String STANDING_BY_USERNAME = "UserAccount.standingByUsername";

    /** Letters, digits, dot, dash and underscore; 3 to 50 characters; starts with a letter. */
    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,49}");

    /** One @, something on both sides, a dot in the domain; the mail server has the last word. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Column(nullable = false, unique = true, length = 50)
    private String username;

    @Column(name = "full_name", nullable = false, length = 120)
    private String fullName;

    @Column(name = "password_hash", nullable = false, length = 255)
    private String passwordHash;

    @Column(length = 254)
    private String email;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Base32; set from the start of the set-up until two-factor sign-in is turned off. */
    @Column(name = "two_factor_secret", length = 64)
    private String twoFactorSecret;

    @Column(name = "two_factor_enabled", nullable = false)
    private boolean twoFactorEnabled;

    /** The {@link Totp#stepAt step} of the last code accepted, so that it is not accepted again. */
    @Column(name = "two_factor_last_step")
    private Long twoFactorLastStep;

    /** Page sessions signed in before this instant end at their next re-check; null for none. */
    @Column(name = "sessions_valid_from")
    private Instant sessionsValidFrom;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "user_account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected UserAccount() {
        // for JPA
    }

    public UserAccount(String username, String fullName, String passwordHash, Collection<Role> roles, Instant createdAt) {
        this.username = normalizeUsername(username);
        rename(fullName);
        changePasswordHash(passwordHash);
        assignRoles(roles);
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.active = true;
    }

    /**
     * The canonical form of a user name: trimmed and lower-case, so "JSmith" and "jsmith" are
     * the same person at the login prompt.
     *
     * @throws DomainException when the name cannot be a user name
     */
    public static String normalizeUsername(String raw) {
        String name = raw == null ? "" : raw.trim().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw new DomainException("A user name has 3 to 50 characters: it starts with a letter and may contain "
                    + "letters, digits, dots, dashes and underscores.");
        }
        return name;
    }

    public void rename(String newFullName) {
        String name = newFullName == null ? "" : newFullName.strip();
        if (name.isEmpty() || name.length() > 120) {
            throw new DomainException("The full name is required (at most 120 characters).");
        }
        this.fullName = name;
    }

    public void changePasswordHash(String newHash) {
        if (newHash == null || newHash.isBlank()) {
            throw new DomainException("A password is required.");
        }
        this.passwordHash = newHash;
    }

    /** What an administrator edits: the name, the e-mail address (optional) and the roles. */
    public void edit(String newFullName, String newEmail, Collection<Role> newRoles) {
        rename(newFullName);
        this.email = checkedEmail(newEmail);
        assignRoles(newRoles);
    }

    /** The user chose a password of their own (its hash). */
    public void choosePassword(String newHash) {
        changePasswordHash(newHash);
        this.passwordChangeRequired = false;
    }

    /** An administrator set a one-time password (its hash); the user must choose their own at sign-in. */
    public void giveOneTimePassword(String oneTimeHash) {
        changePasswordHash(oneTimeHash);
        this.passwordChangeRequired = true;
    }

    private void assignRoles(Collection<Role> newRoles) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new DomainException("A user needs at least one role.");
        }
        this.roles = EnumSet.copyOf(newRoles);
    }

    private static String checkedEmail(String raw) {
        String value = raw == null ? "" : raw.strip();
        if (value.isEmpty()) {
            return null;
        }
        if (value.length() > 254 || !EMAIL.matcher(value).matches()) {
            throw new DomainException("\"" + value + "\" is not an e-mail address (name@example.org).");
        }
        return value;
    }

    /**
     * Starts the two-factor set-up with a new secret (see {@link Totp#newSecret}); sign-in does
     * not ask for a code until {@link #confirmTwoFactor} succeeds. Starting again replaces the secret.
     */
    public void beginTwoFactor(String secret) {
        if (twoFactorEnabled) {
            throw new DomainException("Two-factor sign-in is already on; turn it off first to set up another phone.");
        }
        this.twoFactorSecret = Objects.requireNonNull(secret, "secret");
        this.twoFactorLastStep = null;
    }

    /**
     * Turns two-factor sign-in on with a code from the app that read the secret: proof that the
     * app and this account agree.
     */
    public void confirmTwoFactor(String code, Instant now) {
        if (twoFactorEnabled) {
            throw new DomainException("Two-factor sign-in is already on.");
        }
        if (twoFactorSecret == null) {
            throw new DomainException("Start the two-factor set-up first.");
        }
        if (!acceptCode(code, now)) {
            throw new DomainException("That code is not right. Enter the 6 digits your app shows now for ART Clinic; "
                    + "if it keeps failing, check that the phone's clock is set automatically.");
        }
        this.twoFactorEnabled = true;
    }

    /**
     * Whether {@code code} is a valid, unused code of this account's app now (sign-in's second
     * step); an accepted code cannot be used again. Always false while two-factor sign-in is off.
     */
    public boolean acceptTwoFactorCode(String code, Instant now) {
        return twoFactorEnabled && acceptCode(code, now);
    }

    private boolean acceptCode(String code, Instant now) {
        OptionalLong step = Totp.matchingStep(twoFactorSecret, code, now, twoFactorLastStep);
        step.ifPresent(accepted -> this.twoFactorLastStep = accepted);
        return step.isPresent();
    }

    /** Two-factor sign-in off (by the user, or reset by an administrator after a lost phone); the secret is forgotten. */
    public void turnOffTwoFactor() {
        this.twoFactorEnabled = false;
        this.twoFactorSecret = null;
        this.twoFactorLastStep = null;
    }

    public boolean isTwoFactorEnabled() {
        return twoFactorEnabled;
    }

    /** The secret of a set-up begun and not yet confirmed, to show again; empty otherwise. */
    public Optional<String> pendingTwoFactorSecret() {
        return twoFactorEnabled ? Optional.empty() : Optional.ofNullable(twoFactorSecret);
    }

    /**
     * Whether this account must set up two-factor sign-in before anything else: the clinic
     * requires it of administrators, this is one, and it is not on yet.
     */
    public boolean mustSetUpTwoFactor(boolean requiredForAdministrators) {
        return requiredForAdministrators && hasRole(Role.ADMIN) && !twoFactorEnabled;
    }

    public void deactivate() {
        this.active = false;
    }

    public void activate() {
        this.active = true;
    }

    /**
     * Ends the page sessions that signed in before {@code at}, at their next re-check (decision
     * 0027): an administrator deactivated the account or reset its password.
     */
    public void endSessions(Instant at) {
        Objects.requireNonNull(at, "at");
        if (sessionsValidFrom == null || at.isAfter(sessionsValidFrom)) {
            this.sessionsValidFrom = at;
        }
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getEmail() {
        return email;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSessionsValidFrom() {
        return sessionsValidFrom;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
