package org.artclinic.clinic.setup;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;

import org.artclinic.clinic.security.ApiToken;

/**
 * How a practitioner's calendar feed is protected (issue 13, decision 0040). A calendar app
 * cannot sign in, so the address carries a secret; the secret is treated like an API token:
 * 192 random bits (NIST SP 800-63B §5.1.1.2 asks at least 112 for a look-up secret), only its
 * SHA-256 digest is stored (a leaked database gives no working address), and it expires, so a
 * forgotten subscription on a lost phone stops by itself. By default the feed names no patient
 * (HIPAA minimum necessary, 45 CFR 164.502(b)): a phone's calendar is synced to other services.
 */
public final class CalendarFeedRules {

    /** A feed address works this long; renewing gives a new one. */
    public static final Duration LIFETIME = Duration.ofDays(365);

    private static final int SECRET_BYTES = 24;

    private CalendarFeedRules() {
    }

    /** A new secret for a feed address: 48 hex characters. */
    public static String newSecret(SecureRandom random) {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** What the database keeps of a secret. */
    public static String digestOf(String secret) {
        return ApiToken.digestOf(secret);
    }
}
