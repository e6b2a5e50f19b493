package org.artclinic.clinic.security;

import static org.artclinic.clinic.security.SessionPolicy.Verdict.END_LIFETIME;
import static org.artclinic.clinic.security.SessionPolicy.Verdict.END_REVOKED;
import static org.artclinic.clinic.security.SessionPolicy.Verdict.KEEP;
import static org.artclinic.clinic.security.SessionPolicy.Verdict.RECHECK;
import static org.artclinic.clinic.security.SessionPolicy.Verdict.REFRESH_ROLES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SessionPolicyTest {

    private static final Instant SIGNED_IN = Instant.parse("2026-12-02T08:00:00Z");
    private static final Set<Role> DESK = Set.of(Role.FRONT_DESK);

    /** The defaults: a re-check every minute, 12 hours at most. */
    private final SessionPolicy policy = new SessionPolicy(Duration.ofMinutes(1), Duration.ofHours(12));

    @Test
    void aSessionReadsItsAccountAgainOnceTheIntervalHasPassedNotBefore() {
        assertEquals(KEEP, policy.onRequest(SIGNED_IN, SIGNED_IN, SIGNED_IN.plusSeconds(59)));
        assertEquals(RECHECK, policy.onRequest(SIGNED_IN, SIGNED_IN, SIGNED_IN.plusSeconds(60)));
        Instant checked = SIGNED_IN.plus(Duration.ofHours(3));
        assertEquals(KEEP, policy.onRequest(SIGNED_IN, checked, checked.plusSeconds(30)));
        assertEquals(RECHECK, policy.onRequest(SIGNED_IN, checked, checked.minusSeconds(1)), "clock set back");
    }

    @Test
    void twelveHoursAfterSignInTheSessionEndsHoweverBusyItWas() {
        Instant justChecked = SIGNED_IN.plus(Duration.ofHours(12)).minusSeconds(1);
        assertEquals(KEEP, policy.onRequest(SIGNED_IN, justChecked, justChecked));
        assertEquals(END_LIFETIME, policy.onRequest(SIGNED_IN, justChecked, SIGNED_IN.plus(Duration.ofHours(12))));
        assertEquals(END_LIFETIME, policy.onRequest(SIGNED_IN, SIGNED_IN, SIGNED_IN.plus(Duration.ofDays(2))),
                "the lifetime wins over a re-check that is due as well");
    }

    @Test
    void anAccountAsBeforeKeepsTheSession() {
        assertEquals(KEEP, policy.afterRecheck(SIGNED_IN, DESK, standing(true, DESK, null)));
        assertEquals(KEEP, policy.afterRecheck(SIGNED_IN, DESK, standing(true, DESK, SIGNED_IN.minusSeconds(1))),
                "revoked before this sign-in: the user signed in again since");
    }

    @Test
    void aDeactivatedMissingOrRevokedAccountEndsTheSession() {
        assertEquals(END_REVOKED, policy.afterRecheck(SIGNED_IN, DESK, standing(false, DESK, null)));
        assertEquals(END_REVOKED, policy.afterRecheck(SIGNED_IN, DESK, Optional.empty()));
        assertEquals(END_REVOKED, policy.afterRecheck(SIGNED_IN, DESK, standing(true, Set.of(), null)));
        assertEquals(END_REVOKED, policy.afterRecheck(SIGNED_IN, DESK,
                standing(true, DESK, SIGNED_IN.plusSeconds(1))), "password reset, or deactivated and reactivated");
    }

    @Test
    void otherRolesReplaceTheSessionsRoles() {
        assertEquals(REFRESH_ROLES, policy.afterRecheck(SIGNED_IN, DESK,
                standing(true, Set.of(Role.FRONT_DESK, Role.MANAGER), null)));
        assertEquals(REFRESH_ROLES, policy.afterRecheck(SIGNED_IN, Set.of(Role.FRONT_DESK, Role.MANAGER),
                standing(true, Set.of(Role.MANAGER), null)));
    }

    @Test
    void revokingSessionsNeverMovesTheirStartBackAndWrongSettingsAreRefused() {
        UserAccount account = new UserAccount("dana", "Dana Desk", "hash", DESK, SIGNED_IN.minusSeconds(600));
        account.endSessions(SIGNED_IN.plusSeconds(10));
        account.endSessions(SIGNED_IN.plusSeconds(5));
        assertEquals(SIGNED_IN.plusSeconds(10), account.getSessionsValidFrom(), "never moved back");
        assertThrows(IllegalArgumentException.class, () -> new SessionPolicy(Duration.ZERO, Duration.ofHours(12)));
        assertThrows(IllegalArgumentException.class, () -> new SessionPolicy(Duration.ofMinutes(1),
                Duration.ofHours(-1)));
    }

    private static Optional<SessionPolicy.Standing> standing(boolean active, Set<Role> roles, Instant validFrom) {
        return Optional.of(new SessionPolicy.Standing(active, roles, validFrom));
    }
}
