package org.artclinic.clinic.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;

import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class TotpTest {

    /** RFC 6238 Appendix B's SHA-1 seed, the ASCII text "12345678901234567890", in Base32. */
    private static final String RFC_SEED = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    private static final Instant NOW = Instant.ofEpochSecond(1_111_111_111L);

    /** RFC 6238 Appendix B, the SHA-1 rows; their 8-digit codes end in these 6 digits (a code is the value mod 10^digits). */
    @ParameterizedTest
    @CsvSource({
            "59, 94287082",
            "1111111109, 07081804",
            "1111111111, 14050471",
            "1234567890, 89005924",
            "2000000000, 69279037",
            "20000000000, 65353130"})
    void theCodesAreThoseOfRfc6238AppendixB(long unixSeconds, String eightDigits) {
        assertEquals(RFC_SEED, new Base32().encodeAsString("12345678901234567890".getBytes()));
        long step = Totp.stepAt(Instant.ofEpochSecond(unixSeconds));
        assertEquals(eightDigits.substring(2), Totp.codeAt(RFC_SEED, step));
    }

    @Test
    void theCurrentStepAndOneEitherSideAreAcceptedForAClockThatIsOff() {
        long current = Totp.stepAt(NOW);
        for (long step = current - 1; step <= current + 1; step++) {
            assertEquals(OptionalLong.of(step), Totp.matchingStep(RFC_SEED, Totp.codeAt(RFC_SEED, step), NOW, null));
        }
        assertTrue(Totp.matchingStep(RFC_SEED, Totp.codeAt(RFC_SEED, current - 2), NOW, null).isEmpty(), "a minute late");
        assertTrue(Totp.matchingStep(RFC_SEED, Totp.codeAt(RFC_SEED, current + 2), NOW, null).isEmpty(), "a minute early");
    }

    @Test
    void aCodeOfAStepAlreadyUsedOrEarlierIsRefused() {
        long current = Totp.stepAt(NOW);
        String code = Totp.codeAt(RFC_SEED, current);
        assertTrue(Totp.matchingStep(RFC_SEED, code, NOW, current).isEmpty(), "the same code again");
        assertTrue(Totp.matchingStep(RFC_SEED, Totp.codeAt(RFC_SEED, current - 1), NOW, current).isEmpty(),
                "an older code after a newer one");
        assertEquals(OptionalLong.of(current + 1),
                Totp.matchingStep(RFC_SEED, Totp.codeAt(RFC_SEED, current + 1), NOW, current), "the next one");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "12345", "1234567", "abcdef", "14050４"})
    void somethingThatIsNotSixDigitsIsRefused(String typed) {
        assertTrue(Totp.matchingStep(RFC_SEED, typed, NOW, null).isEmpty());
    }

    @Test
    void spacesThatAppsShowInTheMiddleMayBeTyped() {
        assertEquals(OptionalLong.of(Totp.stepAt(NOW)), Totp.matchingStep(RFC_SEED, " 050 471 ", NOW, null));
    }

    @Test
    void aNewSecretHas160RandomBitsInBase32() {
        SecureRandom random = new SecureRandom();
        String secret = Totp.newSecret(random);
        assertEquals(32, secret.length());
        assertTrue(secret.matches("[A-Z2-7]{32}"), secret);
        assertEquals(20, new Base32().decode(secret).length);
        assertNotEquals(secret, Totp.newSecret(random));
    }

    @Test
    void theLinkAndTheTypedFormAreThoseAuthenticatorAppsRead() {
        assertEquals("otpauth://totp/ART%20Clinic:jane.doe?secret=" + RFC_SEED + "&issuer=ART%20Clinic",
                Totp.uri("ART Clinic", "jane.doe", RFC_SEED));
        assertEquals("GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ", Totp.grouped(RFC_SEED));
    }
}
