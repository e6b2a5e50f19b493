package org.artclinic.clinic.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.artclinic.clinic.setup.ClinicClock;

/**
 * A password given again during the working day, confirmed without a second full hash (issue 14,
 * decision 0054).
 *
 * <p>Signing a note asks for the practitioner's password every time: it is their electronic
 * signature. For a series of signings in one continuous period of access, the first must use every
 * component of the signature and each later one at least one component only its owner can give
 * (21 CFR 11.200(a)(1)(i)); here the password, each time. Checking it against the stored PBKDF2 hash
 * costs about a quarter of a second of a core (600,000 iterations, OWASP), and a practitioner signs
 * twenty or thirty notes a day: the benchmark's signatures waited on it (p95 470 ms).
 *
 * <p>Once a password has passed the full check (at sign-in or at a signature), this keeps a keyed
 * digest of it for {@link #LIFETIME}: HMAC-SHA256, under a key drawn at random when the application
 * starts and never written anywhere, of the stored hash and the password. The same password given
 * again is recognised by its digest. Anything else gets the full check: a wrong password (so guessing
 * costs what it did, and the sign-in limits still count it), a password changed since (the stored
 * hash is part of the digest), or a digest that has lapsed. The digests are in this server's memory
 * only, not in the database, the session or the data grid, and a restart forgets them; without the
 * key, which never leaves memory either, they do not help anyone guess a password.
 */
@ApplicationScoped
public class RecentPasswords {

    /** How long a full check stands for: a working day. */
    static final Duration LIFETIME = Duration.ofHours(10);

    private static final String MAC = "HmacSHA256";

    private final byte[] key = new byte[32];

    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

    @Inject
    private PasswordHasher hasher;

    @Inject
    private ClinicClock clock;

    private record Remembered(byte[] digest, Instant until) {
    }

    public RecentPasswords() {
        new SecureRandom().nextBytes(key);
    }

    /** One outside the container, with the hasher and clock given. */
    RecentPasswords(PasswordHasher hasher, ClinicClock clock) {
        this();
        this.hasher = hasher;
        this.clock = clock;
    }

    /**
     * Whether {@code password} is the user's, whose stored hash is {@code storedHash}: by its digest
     * when the same password passed the full check within {@link #LIFETIME}, by the full check
     * otherwise (and then remembered if right).
     */
    public boolean matches(String username, String password, String storedHash) {
        if (username == null || password == null || storedHash == null) {
            return false;
        }
        Remembered known = remembered.get(username);
        if (known != null && !clock.now().isBefore(known.until())) {
            // lapsed: dropped, so that no verifier outlives its ten hours in memory
            remembered.remove(username, known);
            known = null;
        }
        byte[] digest = digest(storedHash, password);
        if (known != null && MessageDigest.isEqual(known.digest(), digest)) {
            return true;
        }
        boolean right = hasher.matches(password, storedHash);
        if (right) {
            keep(username, digest);
        }
        return right;
    }

    /** Notes a password that has just passed the full check elsewhere (the sign-in). */
    public void remember(String username, String password, String storedHash) {
        if (username != null && password != null && storedHash != null) {
            keep(username, digest(storedHash, password));
        }
    }

    /**
     * Keeps the digest for {@link #LIFETIME} and drops every lapsed one, so that no verifier stays in
     * memory past its ten hours (the map holds at most one entry per account: a quick sweep).
     */
    private void keep(String username, byte[] digest) {
        Instant now = clock.now();
        remembered.values().removeIf(r -> !now.isBefore(r.until()));
        remembered.put(username, new Remembered(digest, now.plus(LIFETIME)));
    }

    /** Whether a digest is held for the user (for the tests). */
    boolean holds(String username) {
        return remembered.containsKey(username);
    }

    private byte[] digest(String storedHash, String password) {
        try {
            Mac mac = Mac.getInstance(MAC);
            mac.init(new SecretKeySpec(key, MAC));
            mac.update(storedHash.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
