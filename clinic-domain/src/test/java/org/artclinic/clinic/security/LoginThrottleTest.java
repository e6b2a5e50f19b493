package org.artclinic.clinic.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Instant T0 = Instant.parse("2026-11-27T09:00:00Z");

    private final LoginThrottle throttle = new LoginThrottle();

    @Test
    void fiveFailuresInFifteenMinutesBlockTheNameUntilTheFirstFailureExpires() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("frontdesk", T0.plusSeconds(60L * i));
        }
        assertTrue(throttle.blockedUntil("frontdesk", T0.plusSeconds(240)).isEmpty(), "four failures are allowed");

        throttle.failed("FrontDesk ", T0.plusSeconds(300));
        assertEquals(T0.plus(Duration.ofMinutes(15)), throttle.blockedUntil("frontdesk", T0.plusSeconds(301)).orElseThrow());
        assertTrue(throttle.blockedUntil("frontdesk", T0.plus(Duration.ofMinutes(15))).isEmpty(),
                "the oldest failure has left the window");
    }

    @Test
    void failuresSpreadOverMoreThanTheWindowNeverBlock() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("manager", T0.plus(Duration.ofMinutes(4L * i)));
            assertTrue(throttle.blockedUntil("manager", T0.plus(Duration.ofMinutes(4L * i))).isEmpty());
        }
    }

    @Test
    void aSuccessfulSignInClearsTheCountAndOtherNamesAreUnaffected() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("admin", T0);
        }
        throttle.succeeded("admin");
        throttle.failed("admin", T0);
        assertTrue(throttle.blockedUntil("admin", T0).isEmpty());

        for (int i = 0; i < 5; i++) {
            throttle.failed("someone-else", T0);
        }
        assertTrue(throttle.blockedUntil("someone-else", T0).isPresent());
        assertTrue(throttle.blockedUntil("admin", T0).isEmpty());
    }
}
