package org.artclinic.clinic.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.artclinic.clinic.setup.ClinicClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A practitioner's signatures during the day: the password is asked every time, the full hash is
 * made once, and anything but the same password (a wrong one, one changed since, or the same one a
 * day later) gets the full check again.
 */
class RecentPasswordsTest {

    private static final String STORED = "PBKDF2WithHmacSHA256:600000:c2FsdA==:aGFzaA==";

    /** The stored hash's check, counted: "demo1234" is right for {@link #STORED}, "new-pass-2026" for any other. */
    private static final class CountingHasher extends PasswordHasher {
        int fullChecks;

        @Override
        public boolean matches(String password, String storedHash) {
            fullChecks++;
            return STORED.equals(storedHash) ? "demo1234".equals(password) : "new-pass-2026".equals(password);
        }
    }

    private final CountingHasher hasher = new CountingHasher();
    private final ClinicClock clock = new ClinicClock();
    private Instant now = Instant.parse("2026-12-02T08:00:00Z");
    private RecentPasswords recent;

    @BeforeEach
    void startTheDay() {
        clock.useClock(Clock.fixed(now, ZoneOffset.UTC));
        recent = new RecentPasswords(hasher, clock);
    }

    private void later(String duration) {
        now = now.plus(java.time.Duration.parse(duration));
        clock.useClock(Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void theSecondSignatureOfTheDayIsConfirmedWithoutASecondFullHash() {
        assertTrue(recent.matches("pract1", "demo1234", STORED));
        later("PT20M");
        assertTrue(recent.matches("pract1", "demo1234", STORED));
        later("PT3H");
        assertTrue(recent.matches("pract1", "demo1234", STORED));
        assertEquals(1, hasher.fullChecks);
    }

    @Test
    void aSignInCountsAsTheFullCheck() {
        recent.remember("pract1", "demo1234", STORED);
        assertTrue(recent.matches("pract1", "demo1234", STORED));
        assertEquals(0, hasher.fullChecks);
    }

    @Test
    void aWrongPasswordIsCheckedInFullAndRefusedEvenAfterARightOne() {
        assertTrue(recent.matches("pract1", "demo1234", STORED));
        assertFalse(recent.matches("pract1", "demo12345", STORED));
        assertFalse(recent.matches("pract1", "", STORED));
        assertFalse(recent.matches("pract1", null, STORED));
        assertEquals(3, hasher.fullChecks, "each wrong password costs a full hash (the null one is refused at once)");
        assertTrue(recent.matches("pract1", "demo1234", STORED), "the right one is still known");
        assertEquals(3, hasher.fullChecks);
    }

    @Test
    void aPasswordChangedSinceIsNotRecognisedByTheOldOnesDigest() {
        assertTrue(recent.matches("pract1", "demo1234", STORED));
        String changed = "PBKDF2WithHmacSHA256:600000:bmV3c2FsdA==:bmV3aGFzaA==";
        assertFalse(recent.matches("pract1", "demo1234", changed), "the old password no longer signs");
        assertTrue(recent.matches("pract1", "new-pass-2026", changed));
        assertEquals(3, hasher.fullChecks);
    }

    @Test
    void oneUsersPasswordDoesNotConfirmAnothersSignature() {
        assertTrue(recent.matches("pract1", "demo1234", STORED));
        assertTrue(recent.matches("pract2", "demo1234", STORED));
        assertEquals(2, hasher.fullChecks, "pract2's first signature is checked in full");
    }

    @Test
    void theNextWorkingDayStartsWithAFullCheck() {
        assertTrue(recent.matches("pract1", "demo1234", STORED));
        later("PT10H");
        assertTrue(recent.matches("pract1", "demo1234", STORED));
        assertEquals(2, hasher.fullChecks);
    }

    @Test
    void aLapsedDigestIsDroppedFromMemoryNotOnlyIgnored() {
        recent.remember("pract1", "demo1234", STORED);
        later("PT10H");
        recent.remember("pract2", "demo1234", STORED);
        assertFalse(recent.holds("pract1"), "pract1's digest of yesterday is gone once anyone signs in");
        assertTrue(recent.holds("pract2"));
        later("PT10H");
        assertFalse(recent.matches("pract2", "wrong", STORED));
        assertFalse(recent.holds("pract2"), "a lapsed digest looked up is dropped");
    }
}
