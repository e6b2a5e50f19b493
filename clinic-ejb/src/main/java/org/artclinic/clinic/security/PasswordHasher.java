package org.artclinic.clinic.security;

import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Turns a password into the PBKDF2 hash stored in {@code user_account.password_hash}, in the
 * format that the container's database identity store verifies at login
 * ({@code PBKDF2WithHmacSHA256:iterations:salt:hash}). Not an entry point: callers check roles.
 */
@ApplicationScoped
public class PasswordHasher {

    @Inject
    private Pbkdf2PasswordHash pbkdf2;

    @Inject
    @ConfigProperty(name = "clinic.security.pbkdf2-iterations", defaultValue = "210000")
    private int iterations;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    }

    /** Checks the password against {@link PasswordPolicy} and returns its hash. */
    public String hash(String password, String username) {
        PasswordPolicy.check(password, username);
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        return password != null && pbkdf2.verify(password.toCharArray(), storedHash);
    }
}
