package org.artclinic.clinic.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.Key;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Pattern;

import javax.crypto.spec.SecretKeySpec;

import org.apache.commons.codec.binary.Base32;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

/**
 * Time-based one-time passwords for two-factor sign-in, as RFC 6238 (TOTP) defines them with the
 * parameters every authenticator app uses: HMAC-SHA-1, 6 digits, 30-second steps counted from the
 * Unix epoch. The codes themselves come from {@code com.eatthepath:java-otp}; this class holds the
 * clinic's rules around them:
 * <ul>
 * <li>a code is accepted for the current step and one step either side, so that a phone whose
 * clock is up to 30 seconds off still works (RFC 6238 §5.2 recommends at most one step of drift);</li>
 * <li>a code of a step at or before the last accepted one is refused, so that a code seen over
 * someone's shoulder cannot be used again (RFC 6238 §5.2: "the verifier MUST NOT accept the second
 * attempt of the OTP after the successful validation has been issued for the first OTP");</li>
 * <li>secrets have 160 random bits, the length of an HMAC-SHA-1 key (RFC 4226 §4 asks at least 128
 * and recommends 160), written in Base32 (RFC 4648) as the {@code otpauth://} link expects.</li>
 * </ul>
 */
public final class Totp {

    public static final Duration STEP = Duration.ofSeconds(30);
    public static final int DIGITS = 6;
    /** Steps accepted either side of the current one. */
    public static final int DRIFT_STEPS = 1;
    static final int SECRET_BYTES = 20;

    private static final String HMAC = TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1;
    private static final TimeBasedOneTimePasswordGenerator GENERATOR =
            new TimeBasedOneTimePasswordGenerator(STEP, DIGITS, HMAC);
    private static final Pattern CODE = Pattern.compile("\\d{" + DIGITS + "}");

    private Totp() {
    }

    /** A new secret: 160 bits from {@code random}, Base32 without padding (32 letters and digits). */
    public static String newSecret(SecureRandom random) {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        return new Base32().encodeAsString(bytes);
    }

    /** The step {@code at} falls in: whole 30-second periods since the Unix epoch (RFC 6238 §4.2, T). */
    public static long stepAt(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP.getSeconds());
    }

    /** The code of {@code step} for a Base32 secret, 6 digits with leading zeros. */
    public static String codeAt(String secret, long step) {
        return codeAt(key(secret), step);
    }

    static String codeAt(Key key, long step) {
        try {
            return GENERATOR.generateOneTimePasswordString(key, Instant.ofEpochSecond(step * STEP.getSeconds()),
                    Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("An HMAC-SHA-1 key of " + SECRET_BYTES + " bytes is always valid", e);
        }
    }

    /**
     * The step whose code {@code typed} is, if it is one of the current step and the steps either
     * side and later than {@code lastUsedStep}; empty for a wrong, malformed or replayed code.
     *
     * @param lastUsedStep the step of the last accepted code, or null when none was accepted yet
     */
    public static OptionalLong matchingStep(String secret, String typed, Instant now, Long lastUsedStep) {
        String code = normalizeCode(typed);
        if (secret == null || !CODE.matcher(code).matches()) {
            return OptionalLong.empty();
        }
        Key key = key(secret);
        long current = stepAt(now);
        OptionalLong found = OptionalLong.empty();
        // every candidate is computed and compared in constant time, whichever matches
        for (long step = current - DRIFT_STEPS; step <= current + DRIFT_STEPS; step++) {
            if (MessageDigest.isEqual(codeAt(key, step).getBytes(StandardCharsets.US_ASCII),
                    code.getBytes(StandardCharsets.US_ASCII)) && found.isEmpty()) {
                found = OptionalLong.of(step);
            }
        }
        if (found.isPresent() && lastUsedStep != null && found.getAsLong() <= lastUsedStep) {
            return OptionalLong.empty();
        }
        return found;
    }

    /** A typed code without the spaces some apps show in the middle ("123 456"). */
    public static String normalizeCode(String typed) {
        return typed == null ? "" : typed.replaceAll("\\s", "");
    }

    /**
     * The {@code otpauth://totp/...} link that authenticator apps read from a QR code (Google
     * Authenticator's "Key Uri Format"): issuer and account in the label, the secret, the issuer again.
     */
    public static String uri(String issuer, String account, String secret) {
        String label = encode(issuer) + ":" + encode(account);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer);
    }

    /** The secret in groups of four, for typing into an app by hand. */
    public static String grouped(String secret) {
        StringBuilder text = new StringBuilder(secret.length() + secret.length() / 4);
        for (int i = 0; i < secret.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                text.append(' ');
            }
            text.append(secret.charAt(i));
        }
        return text.toString();
    }

    private static Key key(String secret) {
        return new SecretKeySpec(new Base32().decode(secret), HMAC);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
