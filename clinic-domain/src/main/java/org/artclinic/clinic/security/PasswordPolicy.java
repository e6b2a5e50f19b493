package org.artclinic.clinic.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.artclinic.clinic.common.DomainException;

import com.nulabinc.zxcvbn.StandardDictionaries;

/**
 * What we accept as a password a person chooses.
 *
 * <p>Source: NIST SP 800-63B, section 5.1.1.2 (memorized secret verifiers): a minimum length (we
 * ask for {@value #MIN_LENGTH}, more than NIST's floor of 8, as OWASP's Authentication Cheat Sheet
 * advises where no second factor is in use), allow at least 64 characters, no composition rules (no
 * "one digit and one symbol"), and refuse values known to be commonly used or compromised, and
 * context-specific words such as the user name.
 *
 * <p>The list of common passwords is not typed in here: it is the list of the 30,000 most
 * frequent passwords from leaked password sets that zxcvbn4j ({@code com.nulab-inc:zxcvbn}, MIT
 * licence) bundles, compared without regard to case.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /**
     * @throws DomainException with a message naming the rule when the password is not acceptable
     */
    public static void check(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new DomainException("The password needs at least " + MIN_LENGTH
                    + " characters; a few words in a row are easy to remember.");
        }
        if (password.length() > MAX_LENGTH) {
            throw new DomainException("The password may have at most " + MAX_LENGTH + " characters.");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (isCommon(lower)) {
            throw new DomainException("This password is on a list of common or leaked passwords; choose another.");
        }
        if (username != null && !username.isBlank() && lower.contains(username.strip().toLowerCase(Locale.ROOT))) {
            throw new DomainException("The password must not contain the user name.");
        }
    }

    /** Whether the password (any case) is on the bundled list of common passwords. */
    static boolean isCommon(String password) {
        return CommonPasswords.LIST.contains(password.toLowerCase(Locale.ROOT));
    }

    /** How many passwords the bundled list holds. */
    static int commonPasswordCount() {
        return CommonPasswords.LIST.size();
    }

    /** Read on first use (a holder class), once per class loader. */
    private static final class CommonPasswords {
        static final Set<String> LIST = load();

        private static Set<String> load() {
            try {
                return StandardDictionaries.PASSWORDS_LOADER.load().getFrequencies().stream()
                        .map(entry -> entry.toLowerCase(Locale.ROOT))
                        .collect(Collectors.toUnmodifiableSet());
            } catch (IOException e) {
                throw new UncheckedIOException("The bundled list of common passwords cannot be read", e);
            }
        }
    }
}
