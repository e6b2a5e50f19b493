package org.artclinic.clinic.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class SignInLimitTest {

    private static final Instant T0 = Instant.parse("2026-12-02T09:00:00Z");

    private final SignInLimit user = new SignInLimit(SignInRule.USER_NAME.subject("frontdesk"));

    @Test
    void fiveAttemptsAreCheckedAndTheFifthWrongOneLocksForFiveMinutes() {
        for (int i = 1; i <= 4; i++) {
            SignInLimit.Attempt attempt = user.attempt(SignInRule.USER_NAME, T0.plusSeconds(i));
            assertTrue(attempt.allowed());
            assertFalse(attempt.lockedByThisAttempt());
        }
        SignInLimit.Attempt fifth = user.attempt(SignInRule.USER_NAME, T0.plusSeconds(5));
        assertTrue(fifth.allowed(), "the fifth guess is still checked");
        assertTrue(fifth.lockedByThisAttempt());

        assertFalse(user.attempt(SignInRule.USER_NAME, T0.plusSeconds(6)).allowed());
        assertEquals(5, user.getFailures(), "a refused attempt is not counted");
        assertTrue(user.isLocked(T0.plusSeconds(5).plus(Duration.ofMinutes(5)).minusMillis(1)));
        assertFalse(user.isLocked(T0.plusSeconds(5).plus(Duration.ofMinutes(5))));
    }

    @Test
    void everyFailureAfterALockDoublesTheNextLockUpToAnHour() {
        Instant now = T0;
        for (int i = 0; i < 5; i++) {
            user.attempt(SignInRule.USER_NAME, now);
        }
        for (long expectedMinutes : new long[] {10, 20, 40, 60, 60}) {
            now = now.plus(Duration.ofHours(2)); // the previous lock is over, failures are not yet forgotten
            assertTrue(user.attempt(SignInRule.USER_NAME, now).lockedByThisAttempt());
            assertEquals(Duration.ofMinutes(expectedMinutes), user.lockLength());
        }
    }

    @Test
    void theHundredthFailureInARowHoldsTheNameUntilAnAdministratorUnlocksIt() {
        Instant now = T0;
        for (int i = 0; i < 100; i++) {
            now = now.plus(Duration.ofHours(2));
            assertTrue(user.attempt(SignInRule.USER_NAME, now).allowed(), "attempt " + (i + 1));
        }
        assertNull(user.lockLength(), "no end");
        assertTrue(user.isLocked(now.plus(Duration.ofDays(365))));

        user.unlock();
        assertTrue(user.attempt(SignInRule.USER_NAME, now).allowed());
        assertEquals(1, user.getFailures());
    }

    @Test
    void aQuietDayForgetsTheFailuresAndARightPasswordClearsThem() {
        for (int i = 0; i < 4; i++) {
            user.attempt(SignInRule.USER_NAME, T0);
        }
        user.attempt(SignInRule.USER_NAME, T0.plus(Duration.ofHours(24)));
        assertEquals(1, user.getFailures(), "the four of yesterday are forgotten");

        user.attempt(SignInRule.USER_NAME, T0.plus(Duration.ofHours(25)));
        user.succeeded();
        assertEquals(0, user.getFailures());
    }

    @Test
    void aRightPasswordTakesBackTheAddressCountItsAttemptAddedAndTheLockItSet() {
        SignInLimit address = new SignInLimit(SignInRule.ADDRESS.subject("203.0.113.7"));
        for (int i = 0; i < 29; i++) {
            address.attempt(SignInRule.ADDRESS, T0);
        }
        SignInLimit.Attempt thirtieth = address.attempt(SignInRule.ADDRESS, T0);
        assertTrue(thirtieth.lockedByThisAttempt());
        assertEquals(Duration.ofMinutes(1), address.lockLength());

        address.withdraw(thirtieth);
        assertFalse(address.isLocked(T0), "the attempt that would have locked was a right password");
        assertEquals(29, address.getFailures(), "the other failures stay");
    }

    @Test
    void anAddressIsNeverHeldForAnAdministrator() {
        SignInLimit address = new SignInLimit(SignInRule.ADDRESS.subject("203.0.113.8"));
        Instant now = T0;
        for (int i = 0; i < 500; i++) {
            now = now.plus(Duration.ofMinutes(61));
            address.attempt(SignInRule.ADDRESS, now);
        }
        assertEquals(Duration.ofHours(1), address.lockLength());
    }
}
