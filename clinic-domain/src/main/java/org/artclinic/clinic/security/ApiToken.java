package org.artclinic.clinic.security;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.artclinic.clinic.common.BaseEntity;
import org.artclinic.clinic.common.DomainException;

/**
 * A personal access token for the REST API (decision 0025): a random secret that its owner was
 * shown once and that authenticates as them, with their current roles or fewer, until it expires
 * or is revoked. Only the SHA-256 digest of the secret is stored.
 *
 * <p>Sources: the secret has 256 bits from {@link SecureRandom} (NIST SP 800-63B §5.1.1.2 asks
 * at least 112 bits for a look-up secret; OWASP's Session Management Cheat Sheet at least 64);
 * the recognisable prefix follows GitHub's token format (2021) so that secret scanners and people
 * can tell a leaked one; a fast, unsalted digest is enough for a secret that cannot be guessed
 * (OWASP Password Storage Cheat Sheet: slow hashes are for low-entropy passwords).
 */
@Entity
@Table(name = "api_token")
@NamedQuery(name = ApiToken.CALLER_BY_DIGEST,
        query = "SELECT t.id, t.digest, t.expiresAt, t.lastUsedAt, o.username, o.active, o.passwordChangeRequired, tr, r"
                + " FROM ApiToken t JOIN t.owner o LEFT JOIN t.roles tr LEFT JOIN o.roles r WHERE t.digest = :digest")
@NamedQuery(name = ApiToken.OF_OWNER,
        query = "SELECT t FROM ApiToken t WHERE t.owner.username = :username ORDER BY t.createdAt DESC, t.id DESC")
@NamedQuery(name = ApiToken.COUNT_OF_OWNER,
        query = "SELECT COUNT(t) FROM ApiToken t WHERE t.owner.username = :username")
@NamedQuery(name = ApiToken.RECORD_USE,
        query = "UPDATE ApiToken t SET t.lastUsedAt = :now WHERE t.id = :id "
                + "AND (t.lastUsedAt IS NULL OR t.lastUsedAt <= :due)")
public class ApiToken extends BaseEntity {

    /**
     * What a call with a token needs, in one round trip: the token's id, digest, expiry and last use,
     * its owner's name and standing, and one row per pair of the token's and the owner's roles (at
     * most a few rows); see {@link #effectiveRoles(boolean, boolean, Set, Set)}.
     */
    public static final String CALLER_BY_DIGEST = "ApiToken.callerByDigest";
    public static final String OF_OWNER = "ApiToken.ofOwner";
    public static final String COUNT_OF_OWNER = "ApiToken.countOfOwner";
    public static final String RECORD_USE = "ApiToken.recordUse";

    /** Every token starts with this, so that it is recognised in a log, a paste or a secret scan. */
    public static final String PREFIX = "artc_";
    /** Random bytes in a token: 256 bits. */
    static final int SECRET_BYTES = 32;
    /** Without an expiry given, a token lasts this long. */
    public static final Duration DEFAULT_LIFETIME = Duration.ofDays(90);
    /** No token lasts longer: a forgotten one stops working within a year. */
    public static final Duration MAX_LIFETIME = Duration.ofDays(366);
    /** The last use is written at most this often per token, so that a busy client costs no write per call. */
    public static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(1);
    public static final int MAX_NAME = 80;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "user_account_id", nullable = false)
    private UserAccount owner;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Column(nullable = false, unique = true, length = 64)
    private String digest;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    /** The roles the token is limited to; empty: all of its owner's roles at each call. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "api_token_role", joinColumns = @JoinColumn(name = "api_token_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected ApiToken() {
        // for JPA
    }

    /**
     * @param secret the token as given to its owner (only its digest is kept)
     * @param limitedTo the roles it may use, a subset of the owner's; empty for all of them
     * @param expiresAt null for {@link #DEFAULT_LIFETIME}; after now and at most {@link #MAX_LIFETIME} ahead
     * @throws DomainException naming the first thing wrong
     */
    public ApiToken(UserAccount owner, String name, String secret, Collection<Role> limitedTo, Instant expiresAt,
            Instant now) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.createdAt = Objects.requireNonNull(now, "now");
        List<Problem> problems = new ArrayList<>();
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > MAX_NAME) {
            problems.add(new Problem("name", "Give the token a name of at most " + MAX_NAME
                    + " characters, e.g. the program that will use it."));
        }
        try {
            this.expiresAt = checkedExpiry(expiresAt, now);
        } catch (DomainException e) {
            problems.add(new Problem("expiresAt", e.getMessage()));
        }
        Set<Role> limit = limitedTo == null || limitedTo.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(limitedTo);
        if (!owner.getRoles().containsAll(limit)) {
            problems.add(new Problem("roles", "A token can only have roles its owner has: "
                    + EnumSet.copyOf(owner.getRoles()) + "."));
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        this.name = label;
        this.roles = limit;
        this.digest = digestOf(secret);
    }

    /** What is wrong with a field of a new token, named as the REST API names it. */
    public record Problem(String field, String message) implements Serializable {
    }

    /** A new token refused: every problem, each with its field; the message is the first one's. */
    public static class Refused extends DomainException {

        private static final long serialVersionUID = 1L;

        private final ArrayList<Problem> problems;

        Refused(List<Problem> problems) {
            super(problems.get(0).message());
            this.problems = new ArrayList<>(problems);
        }

        public List<Problem> problems() {
            return List.copyOf(problems);
        }
    }

    /** A new secret: the prefix and 256 random bits, URL-safe base64 (48 characters in all). */
    public static String newSecret(SecureRandom random) {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The SHA-256 digest of a token, hex: what the database keeps and looks up. */
    public static String digestOf(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    /** Whether the text has the shape of a token (it may still be a wrong one). */
    public static boolean looksLikeToken(String text) {
        return text != null && text.startsWith(PREFIX) && text.length() > PREFIX.length()
                && text.length() <= PREFIX.length() + 64;
    }

    /** The expiry a request asks for, checked: null gives {@link #DEFAULT_LIFETIME}. */
    public static Instant checkedExpiry(Instant requested, Instant now) {
        if (requested == null) {
            return now.plus(DEFAULT_LIFETIME);
        }
        if (!requested.isAfter(now)) {
            throw new DomainException("The expiry must be in the future.");
        }
        if (requested.isAfter(now.plus(MAX_LIFETIME))) {
            throw new DomainException("A token lasts at most a year; choose an earlier expiry.");
        }
        return requested;
    }

    /**
     * The roles a call with this token has: those of its owner now, narrowed to the token's limit.
     * Empty when the owner may not use the API at all (deactivated, one-time password) or has lost
     * every role the token was limited to.
     */
    public Set<Role> effectiveRoles() {
        return effectiveRoles(owner.isActive(), owner.isPasswordChangeRequired(), owner.getRoles(), roles);
    }

    /**
     * The same rule for a token read as plain values ({@link #CALLER_BY_DIGEST}): the owner's roles
     * now, narrowed to the token's limit ({@code limit} empty: no limit); none when the owner is
     * deactivated or must choose a password first.
     */
    public static Set<Role> effectiveRoles(boolean ownerActive, boolean ownerMustChangePassword, Set<Role> ownerRoles,
            Set<Role> limit) {
        if (!ownerActive || ownerMustChangePassword || ownerRoles.isEmpty()) {
            return EnumSet.noneOf(Role.class);
        }
        Set<Role> effective = EnumSet.copyOf(ownerRoles);
        if (!limit.isEmpty()) {
            effective.retainAll(limit);
        }
        return effective;
    }

    /** Whether the token still authenticates: not expired, and its digest is the one presented. */
    public boolean accepts(String presentedDigest, Instant now) {
        return accepts(digest, expiresAt, presentedDigest, now);
    }

    /** The same check for a token read as plain values ({@link #CALLER_BY_DIGEST}). */
    public static boolean accepts(String storedDigest, Instant expiresAt, String presentedDigest, Instant now) {
        // the look-up found the row by this digest already; compared again in constant time so that
        // no code path ever compares secrets byte by byte with an early exit
        return MessageDigest.isEqual(storedDigest.getBytes(StandardCharsets.US_ASCII),
                presentedDigest.getBytes(StandardCharsets.US_ASCII)) && now.isBefore(expiresAt);
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** The moment before which an earlier use needs no new write (see {@link #USE_RECORDED_EVERY}). */
    public static Instant useDueBefore(Instant now) {
        return now.minus(USE_RECORDED_EVERY);
    }

    public UserAccount getOwner() {
        return owner;
    }

    public String getName() {
        return name;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    /** The roles the token is limited to; empty when it has all of its owner's roles. */
    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }
}
