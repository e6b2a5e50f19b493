package org.artclinic.clinic.security;

import java.security.SecureRandom;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Turns a password into the PBKDF2 hash stored in {@code user_account.password_hash}, in the
 * format that {@code ClinicIdentityStore} verifies at sign-in
 * ({@code PBKDF2WithHmacSHA256:iterations:salt:hash}). Not an entry point: callers check roles.
 *
 * <p>Iterations: 600,000 for PBKDF2-HMAC-SHA256 (OWASP Password Storage Cheat Sheet, 2023 and
 * later). The store verifies a hash with the iterations written in it, so older hashes keep working
 * and {@link #isOutdated} tells when one should be made again at the next sign-in. Tests lower the
 * figure with {@code -Dclinic.security.pbkdf2-iterations} so that they stay fast.
 */
@ApplicationScoped
public class PasswordHasher {

    static final String ALGORITHM = "PBKDF2WithHmacSHA256";

    /** Letters and digits that cannot be mistaken for one another when read aloud or copied. */
    private static final char[] ONE_TIME_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();

    private final SecureRandom random = new SecureRandom();

    @Inject
    private Pbkdf2PasswordHash pbkdf2;

    @Inject
    @ConfigProperty(name = "clinic.security.pbkdf2-iterations", defaultValue = "600000")
    private int iterations;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", ALGORITHM,
                "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    }

    /** Checks a password a person chose against {@link PasswordPolicy} and returns its hash. */
    public String hash(String password, String username) {
        PasswordPolicy.check(password, username);
        return hashAsIs(password);
    }

    /**
     * The hash of a password the policy does not apply to: one this application made (a one-time
     * password, the published demo password) or one that was accepted when it was chosen (a hash
     * made again with today's iterations).
     */
    public String hashAsIs(String password) {
        return bounded(() -> pbkdf2.generate(password.toCharArray()));
    }

    public boolean matches(String password, String storedHash) {
        return password != null && storedHash != null && bounded(() -> pbkdf2.verify(password.toCharArray(), storedHash));
    }

    /**
     * Runs a hash with at most {@link #AT_ONCE} others: each takes about a quarter of a second of one
     * core, and twenty practitioners signing at once (or a burst of wrong passwords) must not take
     * every core from the pages and calls of everyone else (issue 14's benchmark: sign-ins and
     * signatures queued on both cores until the database connections ran out).
     */
    private static <T> T bounded(java.util.function.Supplier<T> hash) {
        try {
            HASHING.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to check a password", e);
        }
        try {
            return hash.get();
        } finally {
            HASHING.release();
        }
    }

    /** Half the cores, at least one: how many passwords are hashed at the same time. */
    static final int AT_ONCE = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    private static final java.util.concurrent.Semaphore HASHING = new java.util.concurrent.Semaphore(AT_ONCE, true);

    /** Whether a stored hash was made with another algorithm or fewer iterations than configured now. */
    public boolean isOutdated(String storedHash) {
        String[] parts = storedHash == null ? new String[0] : storedHash.split(":");
        if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
            return true;
        }
        try {
            return Integer.parseInt(parts[1]) < iterations;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    /**
     * Whether a stored hash was made with the algorithm and exactly the iterations configured now, so
     * that it needs no new hash at the next sign-in (neither outdated, nor made with more iterations
     * than this server uses, as a hash made for production is on a test server).
     */
    public boolean isCurrent(String storedHash) {
        return !isOutdated(storedHash) && Integer.parseInt(storedHash.split(":")[1]) == iterations;
    }

    /**
     * A random one-time password, e.g. {@code kq7m-xt3p-9wfh-2rcd}: 16 characters from 31 (about 79
     * bits), in groups of four so that it can be read out or typed from a note.
     */
    public String oneTimePassword() {
        StringBuilder password = new StringBuilder(19);
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(ONE_TIME_ALPHABET[random.nextInt(ONE_TIME_ALPHABET.length)]);
        }
        return password.toString();
    }
}
