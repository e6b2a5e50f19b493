package org.artclinic.clinic.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.artclinic.clinic.common.DomainException;
import org.junit.jupiter.api.Test;

/** Two-factor sign-in as the account keeps it: set-up, confirmation, codes used once, turning off. */
class TotpAccountTest {

    private static final String SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    private static final Instant NOW = Instant.parse("2026-12-02T09:00:10Z");

    private static UserAccount user(Role role) {
        return new UserAccount("jane", "Jane Doe", "hash", Set.of(role), NOW);
    }

    private static String codeAt(Instant at) {
        return Totp.codeAt(SECRET, Totp.stepAt(at));
    }

    @Test
    void aSetUpIsOnlyOnOnceConfirmedWithACodeFromTheApp() {
        UserAccount user = user(Role.FRONT_DESK);
        user.beginTwoFactor(SECRET);
        assertFalse(user.isTwoFactorEnabled());
        assertEquals(Optional.of(SECRET), user.pendingTwoFactorSecret());
        assertFalse(user.acceptTwoFactorCode(codeAt(NOW), NOW), "sign-in asks no code before the confirmation");

        DomainException wrong = assertThrows(DomainException.class, () -> user.confirmTwoFactor("000000", NOW));
        assertTrue(wrong.getMessage().contains("not right"), wrong.getMessage());
        user.confirmTwoFactor(codeAt(NOW), NOW);

        assertTrue(user.isTwoFactorEnabled());
        assertEquals(Optional.empty(), user.pendingTwoFactorSecret(), "never shown again");
        assertThrows(DomainException.class, () -> user.beginTwoFactor("ANOTHERSECRETAAAAAAAAAAAAAAAAAAA"));
    }

    @Test
    void theCodeThatConfirmedTheSetUpAndEveryCodeAcceptedSinceCannotBeUsedAgain() {
        UserAccount user = user(Role.PRACTITIONER);
        user.beginTwoFactor(SECRET);
        user.confirmTwoFactor(codeAt(NOW), NOW);
        assertFalse(user.acceptTwoFactorCode(codeAt(NOW), NOW.plusSeconds(5)), "the confirmation's code");

        Instant later = NOW.plusSeconds(60);
        assertTrue(user.acceptTwoFactorCode(codeAt(later), later));
        assertFalse(user.acceptTwoFactorCode(codeAt(later), later), "replayed");
        assertFalse(user.acceptTwoFactorCode("123456", later.plusSeconds(30)), "wrong");
    }

    @Test
    void turningOffForgetsTheSecretAndAFreshSetUpStartsOver() {
        UserAccount user = user(Role.MANAGER);
        user.beginTwoFactor(SECRET);
        user.confirmTwoFactor(codeAt(NOW), NOW);
        user.turnOffTwoFactor();
        assertFalse(user.isTwoFactorEnabled());
        assertEquals(Optional.empty(), user.pendingTwoFactorSecret());
        assertFalse(user.acceptTwoFactorCode(codeAt(NOW.plusSeconds(30)), NOW.plusSeconds(30)));
        assertThrows(DomainException.class, () -> user.confirmTwoFactor("123456", NOW), "no set-up begun");
    }

    @Test
    void onlyAdministratorsWithoutTwoFactorMustSetItUpAndOnlyWhenTheClinicRequiresIt() {
        UserAccount admin = user(Role.ADMIN);
        assertFalse(admin.mustSetUpTwoFactor(false));
        assertTrue(admin.mustSetUpTwoFactor(true));
        assertFalse(user(Role.FRONT_DESK).mustSetUpTwoFactor(true));
        admin.beginTwoFactor(SECRET);
        assertTrue(admin.mustSetUpTwoFactor(true), "begun is not done");
        admin.confirmTwoFactor(codeAt(NOW), NOW);
        assertFalse(admin.mustSetUpTwoFactor(true));
    }
}
