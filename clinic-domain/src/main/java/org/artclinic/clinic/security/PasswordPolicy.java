package org.artclinic.clinic.security;

import java.util.Locale;
import java.util.Set;

import org.artclinic.clinic.common.DomainException;

/**
 * What we accept as a password.
 *
 * <p>Source: NIST SP 800-63B, section 5.1.1.2 (memorized secret verifiers): at least 8
 * characters, allow at least 64, no composition rules (no "one digit and one symbol"), and refuse
 * values known to be commonly used or expected, including the user name itself.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    /** A short list of the most common passwords; the check is case-insensitive. */
    private static final Set<String> COMMON = Set.of(
            "password", "password1", "12345678", "123456789", "1234567890", "qwertyui", "qwerty123",
            "iloveyou", "11111111", "00000000", "abc12345", "letmein1", "welcome1", "passw0rd",
            "sunshine", "football", "baseball", "princess", "admin123", "changeme");

    private PasswordPolicy() {
    }

    /**
     * @throws DomainException with a message naming the rule when the password is not acceptable
     */
    public static void check(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new DomainException("The password needs at least " + MIN_LENGTH + " characters.");
        }
        if (password.length() > MAX_LENGTH) {
            throw new DomainException("The password may have at most " + MAX_LENGTH + " characters.");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            throw new DomainException("This password is too common; choose a longer phrase.");
        }
        if (username != null && lower.contains(username.trim().toLowerCase(Locale.ROOT))) {
            throw new DomainException("The password must not contain the user name.");
        }
    }
}
